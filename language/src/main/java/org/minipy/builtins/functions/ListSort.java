package org.minipy.builtins.functions;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PNone;

/**
 * The stable sort of {@code sorted()} (Objects/listobject.c, list_sort_impl): items are compared with
 * {@code <} only, keys are computed once up front, and {@code reverse} reverses before and after a
 * stable sort so that equal items keep their order. Java's own sorts can't be used: they reject
 * inconsistent comparisons (NaN, user {@code __lt__}) that Python tolerates.
 */
final class ListSort {
    /** Runs shorter than this are sorted by binary insertion, as CPython's minrun does. */
    private static final int MIN_RUN = 32;

    private ListSort() {
    }

    /** Sorts {@code items[0..n)} in place; key is a callable or None. */
    @TruffleBoundary
    static void sort(Node location, Object[] items, int n, Object key, boolean reverse) {
        if (reverse) {
            reverse(items, n);
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
            reverse(items, n);
        }
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
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

        private boolean lessThan(Object a, Object b) {
            return RichCompare.test(location, CompareOp.LT, a, b);
        }

        void sort(int n) {
            for (int lo = 0; lo < n; lo += MIN_RUN) {
                binaryInsertion(lo, Math.min(lo + MIN_RUN, n));
            }
            Object[] keyBuffer = new Object[n];
            Object[] valueBuffer = values == null ? null : new Object[n];
            for (int width = MIN_RUN; width < n; width *= 2) {
                for (int lo = 0; lo + width < n; lo += 2 * width) {
                    merge(lo, lo + width, Math.min(lo + 2 * width, n), keyBuffer, valueBuffer);
                }
            }
        }

        // binarysort: the new item goes after every item it is not less than, which keeps equal items in order
        private void binaryInsertion(int lo, int hi) {
            for (int start = lo + 1; start < hi; start++) {
                Object pivot = keys[start];
                Object pivotValue = values == null ? null : values[start];
                int l = lo;
                int r = start;
                while (l < r) {
                    int p = l + ((r - l) >> 1);
                    if (lessThan(pivot, keys[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != null) {
                    System.arraycopy(values, l, values, l + 1, start - l);
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
