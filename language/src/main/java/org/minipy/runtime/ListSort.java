package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.RichCompare;

/**
 * The stable sort of {@code sorted()} (Objects/listobject.c, list_sort_impl): items are compared with
 * {@code <} only, keys are computed once up front, and {@code reverse} reverses before and after a
 * stable sort so that equal items keep their order. Java's own sorts can't be used: they reject
 * inconsistent comparisons (NaN, user {@code __lt__}) that Python tolerates.
 */
public final class ListSort {
    /** Shorter runs are extended to this length by binary insertion (CPython's minrun is 32 to 64). */
    private static final int MIN_RUN = 32;

    private ListSort() {
    }

    /** Sorts {@code items[0..n)} in place; key is a callable or None. */
    @TruffleBoundary
    public static void sort(Node location, Object[] items, int n, Object key, boolean reverse) {
        if (key == PNone.NONE && sortInts(items, n, reverse)) {
            return;
        }
        if (reverse) {
            reverse(items, 0, n);
        }
        Object[] keys = items;
        if (key != PNone.NONE) {
            keys = new Object[n];
            for (int i = 0; i < n; i++) {
                keys[i] = PyObjectCallNode.getUncached().execute(key, PArguments.ofPositional(items[i]));
            }
        }
        Object[] values = keys == items ? null : items;
        new ListSort.Run(location, keys, values).sort(n);
        if (reverse) {
            reverse(items, 0, n);
        }
    }

    /**
     * A list of small ints only sorts as a long[]: equal ints cannot be told apart, so stability does
     * not matter, and the primitive sort is several times faster than merging boxes. False (and
     * nothing changed) if an item is not such an int.
     */
    public static boolean sortInts(Object[] items, int n, boolean reverse) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof Long value)) {
                return false;
            }
            values[i] = value;
        }
        Arrays.sort(values);
        for (int i = 0; i < n; i++) {
            items[reverse ? n - 1 - i : i] = values[i];
        }
        return true;
    }

    private static void reverse(Object[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** One sort: keys, and the values moving along with them (null when the keys are the values). */
    private static final class Run {
        private final Node location;
        private final Object[] keys;
        private final Object[] values;

        Run(Node location, Object[] keys, Object[] values) {
            this.location = location;
            this.keys = keys;
            this.values = values;
        }

        /** Ints and strs compare directly: the common homogeneous lists need no generic dispatch (unsafe_long_compare). */
        private boolean lessThan(Object a, Object b) {
            if (a instanceof Long x && b instanceof Long y) {
                return x < y;
            } else if (a instanceof String x && b instanceof String y) {
                return RichCompare.compareStrings(x, y) < 0;
            }
            return RichCompare.test(location, CompareOp.LT, a, b);
        }

        /**
         * A natural merge sort, as timsort without galloping: the input splits into runs that are
         * already ascending (or strictly descending, then reversed), short runs are extended to
         * MIN_RUN by binary insertion, and neighbouring runs merge until one is left.
         */
        void sort(int n) {
            int[] runStarts = new int[n / MIN_RUN + 2];
            int runs = 0;
            for (int lo = 0; lo < n;) {
                int length = countRun(lo, n);
                if (length < MIN_RUN) {
                    int forced = Math.min(MIN_RUN, n - lo);
                    binaryInsertion(lo, lo + forced, lo + length);
                    length = forced;
                }
                runStarts[runs++] = lo;
                lo += length;
            }
            runStarts[runs] = n;
            Object[] keyBuffer = new Object[n];
            Object[] valueBuffer = values == null ? null : new Object[n];
            while (runs > 1) {
                int merged = 0;
                for (int i = 0; i < runs; i += 2) {
                    if (i + 1 < runs) {
                        merge(runStarts[i], runStarts[i + 1], runStarts[i + 2], keyBuffer, valueBuffer);
                    }
                    runStarts[merged++] = runStarts[i];
                }
                runStarts[merged] = n;
                runs = merged;
            }
        }

        // count_run: the length of the run at lo; a strictly descending run is reversed in place
        private int countRun(int lo, int hi) {
            if (lo + 1 >= hi) {
                return hi - lo;
            }
            int end = lo + 2;
            if (lessThan(keys[lo + 1], keys[lo])) {
                while (end < hi && lessThan(keys[end], keys[end - 1])) {
                    end++;
                }
                reverse(keys, lo, end);
                if (values != null) {
                    reverse(values, lo, end);
                }
            } else {
                while (end < hi && !lessThan(keys[end], keys[end - 1])) {
                    end++;
                }
            }
            return end - lo;
        }

        /**
         * binarysort: [lo, start) is sorted; each item of [start, hi) goes after every item it is not
         * less than, which keeps equal items in order.
         */
        private void binaryInsertion(int lo, int hi, int start) {
            for (int next = start; next < hi; next++) {
                Object pivot = keys[next];
                Object pivotValue = values == null ? null : values[next];
                int l = lo;
                int r = next;
                while (l < r) {
                    int p = l + ((r - l) >> 1);
                    if (lessThan(pivot, keys[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, next - l);
                keys[l] = pivot;
                if (values != null) {
                    System.arraycopy(values, l, values, l + 1, next - l);
                    values[l] = pivotValue;
                }
            }
        }

        /** Merges the sorted runs [lo, mid) and [mid, hi); on ties the left run's item comes first. */
        private void merge(int lo, int mid, int hi, Object[] keyBuffer, Object[] valueBuffer) {
            int leftLength = mid - lo;
            System.arraycopy(keys, lo, keyBuffer, 0, leftLength);
            if (values != null) {
                System.arraycopy(values, lo, valueBuffer, 0, leftLength);
            }
            int i = 0;
            int j = mid;
            int k = lo;
            while (i < leftLength && j < hi) {
                if (lessThan(keys[j], keyBuffer[i])) {
                    move(keys[j], values == null ? null : values[j], k++);
                    j++;
                } else {
                    move(keyBuffer[i], valueBuffer == null ? null : valueBuffer[i], k++);
                    i++;
                }
            }
            while (i < leftLength) {
                move(keyBuffer[i], valueBuffer == null ? null : valueBuffer[i], k++);
                i++;
            }
        }

        private void move(Object key, Object value, int to) {
            keys[to] = key;
            if (values != null) {
                values[to] = value;
            }
        }
    }
}
