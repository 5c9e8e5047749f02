package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.builtins.functions.ListSort;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.list.ListAppendNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** Methods of {@code list} (Objects/listobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.list)
public final class ListBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ListBuiltinsFactory.getFactories();
    }

    /** The receiver of a method called through the class ({@code list.append(x, 1)}) may be anything. */
    static PList self(Node node, Object self, String method) {
        if (self instanceof PList list) {
            return list;
        }
        throw wrongSelf(node, method, PythonBuiltinClassType.list, self);
    }

    /** The error of a method descriptor applied to an object of another type (descr_check). */
    @TruffleBoundary
    static PException wrongSelf(Node node, String method, PythonBuiltinClassType owner, Object self) {
        return DescriptorErrors.wrongSelf(node, method, owner.getName(), self);
    }

    /** PyNumber_AsSsize_t(x, PyExc_OverflowError) for index arguments such as pop's and insert's. */
    @TruffleBoundary
    static long asSize(Node node, Object value) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
        }
        if (index instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (Long) index;
    }

    /**
     * The start or stop of a search (index(x, start, stop)) made absolute and clamped to
     * [0, length], as _PyEval_SliceIndexNotNone followed by the usual negative-index adjustment.
     */
    @TruffleBoundary
    static int searchBound(Node node, Object value, int length, int missing) {
        if (value == PNone.NO_VALUE) {
            return missing;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "slice indices must be integers or have an __index__ method");
        }
        long v;
        if (index instanceof PInt big) {
            v = big.getValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        } else {
            v = (Long) index;
        }
        if (v < 0) {
            v = Math.max(0, v + length);
        }
        return (int) Math.min(v, length);
    }

    @Builtin(name = "append", parameters = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object append(PList self, Object value, @Cached ListAppendNode append) {
            append.execute(self, value);
            return PNone.NONE;
        }

        @Fallback
        Object notAList(Object self, @SuppressWarnings("unused") Object value) {
            throw ListBuiltins.wrongSelf(this, "append", PythonBuiltinClassType.list, self);
        }
    }

    @Builtin(name = "extend", parameters = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object extend(Object self, Object iterable) {
            PList list = self(this, self, "extend");
            extend(this, list, iterable);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void extend(Node node, PList list, Object iterable) {
            // a snapshot first, so that a.extend(a) doubles the list once
            Object[] values = IterableToArray.toArray(node, iterable, null);
            list.ensureCapacity(list.size() + values.length);
            for (Object v : values) {
                list.append(v);
            }
        }
    }

    @Builtin(name = "insert", parameters = {"self", "index", "object"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object insert(Object self, Object index, Object value) {
            PList list = self(this, self, "insert");
            long i = asSize(this, index);
            int n = list.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            list.insert((int) Math.min(i, n), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameters = {"self", "index"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object pop(Object self, Object index) {
            PList list = self(this, self, "pop");
            long i = index == PNone.NO_VALUE ? -1 : asSize(this, index);
            int n = list.size();
            if (n == 0) {
                throw PRaiseNode.raise(this, IndexError, "pop from empty list");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PRaiseNode.raise(this, IndexError, "pop index out of range");
            }
            return list.remove((int) i);
        }
    }

    @Builtin(name = "remove", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object remove(Object self, Object value) {
            PList list = self(this, self, "remove");
            int i = find(this, list, value, 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "list.remove(x): x not in list");
            }
            list.remove(i);
            return PNone.NONE;
        }
    }

    /** The first position in [start, stop) holding a value equal to {@code value}, or -1. */
    @TruffleBoundary
    static int find(Node node, PList list, Object value, int start, int stop) {
        // the list may shrink under a user __eq__, so re-read its size each step
        for (int i = start; i < Math.min(stop, list.size()); i++) {
            if (RichCompare.eq(node, list.get(i), value)) {
                return i;
            }
        }
        return -1;
    }

    @Builtin(name = "clear", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(Object self) {
            self(this, self, "clear").clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copy(Object self) {
            PList list = self(this, self, "copy");
            return list.slice(0, list.size(), 1);
        }
    }

    @Builtin(name = "reverse", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object reverse(Object self) {
            self(this, self, "reverse").reverse();
            return PNone.NONE;
        }
    }

    private static void reverseRange(Object[] items, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @Builtin(name = "index", parameters = {"self", "value", "start", "stop"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object index(Object self, Object value, Object start, Object stop) {
            PList list = self(this, self, "index");
            int n = list.size();
            int i = find(this, list, value, searchBound(this, start, n, 0), searchBound(this, stop, n, n));
            if (i < 0) {
                throw notFound(this, value);
            }
            return (long) i;
        }

        @TruffleBoundary
        private static PException notFound(Node node, Object value) {
            return PRaiseNode.raise(node, ValueError, "%s is not in list", PyObjectReprNode.getUncached().execute(value));
        }
    }

    @Builtin(name = "count", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object count(Object self, Object value) {
            return count(this, self(this, self, "count"), value);
        }

        @TruffleBoundary
        private static long count(Node node, PList list, Object value) {
            long count = 0;
            for (int i = 0; i < list.size(); i++) {
                if (RichCompare.eq(node, list.get(i), value)) {
                    count++;
                }
            }
            return count;
        }
    }

    // the *args collector only exists to refuse positional arguments with CPython's message
    @Builtin(name = "sort", parameters = {"self"}, keywordOnly = {"key", "reverse"}, varArgs = "args")
    @GenerateNodeFactory
    public abstract static class SortNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object sort(Object[] bound) {
            PList list = self(this, bound[0], "sort");
            Object key = bound[1];
            Object reverse = bound[2];
            if (((PTuple) bound[3]).size() != 0) {
                throw PRaiseNode.raise(this, TypeError, "sort() takes no positional arguments");
            }
            sort(this, list, key == PNone.NO_VALUE ? PNone.NONE : key,
                            reverse != PNone.NO_VALUE && PyObjectIsTrueNode.getUncached().execute(reverse));
            return PNone.NONE;
        }

        /**
         * list_sort_impl: a stable sort that only asks {@code later < earlier}, so user {@code __lt__}
         * sees the operands CPython passes it. Also used by {@code sorted()}.
         */
        @TruffleBoundary
        public static void sort(Node node, PList list, Object key, boolean reverse) {
            if (key == PNone.NONE && list.sortLongs(reverse)) {
                return;
            }
            int n = list.size();
            Object[] values = list.toArray();
            // like CPython, the list looks empty while it is sorted, to detect mutation by key or __lt__
            list.clear();
            try {
                Object[] keys = values;
                if (key != PNone.NONE) {
                    keys = new Object[n];
                    PyObjectCallNode call = PyObjectCallNode.getUncached();
                    for (int i = 0; i < n; i++) {
                        keys[i] = call.execute(key, PArguments.ofPositional(values[i]));
                    }
                }
                if (keys != values || !ListSort.sortInts(values, n, reverse)) {
                    // reversing before and after keeps equal elements in their original order
                    if (reverse) {
                        reverseRange(keys, 0, n);
                        if (keys != values) {
                            reverseRange(values, 0, n);
                        }
                    }
                    mergeSort(node, keys, values, keys.clone(), values.clone(), 0, n);
                    if (reverse) {
                        reverseRange(keys, 0, n);
                        if (keys != values) {
                            reverseRange(values, 0, n);
                        }
                    }
                }
            } catch (PException e) {
                list.setContents(values, n);
                throw e;
            }
            boolean modified = list.size() != 0;
            list.setContents(PList.of(values));
            if (modified) {
                throw PRaiseNode.raise(node, ValueError, "list modified during sort");
            }
        }

        private static final int INSERTION_LIMIT = 16;

        /** Sorts keys[lo, hi) moving values alongside (values may be the same array as keys). */
        private static void mergeSort(Node node, Object[] keys, Object[] values, Object[] tmpKeys, Object[] tmpValues, int lo, int hi) {
            if (hi - lo <= INSERTION_LIMIT) {
                binaryInsertion(node, keys, values, lo, hi);
                return;
            }
            int mid = (lo + hi) >>> 1;
            mergeSort(node, keys, values, tmpKeys, tmpValues, lo, mid);
            mergeSort(node, keys, values, tmpKeys, tmpValues, mid, hi);
            if (!lessThan(node, keys[mid], keys[mid - 1])) {
                return;
            }
            boolean shared = keys == values;
            System.arraycopy(keys, lo, tmpKeys, lo, hi - lo);
            if (!shared) {
                System.arraycopy(values, lo, tmpValues, lo, hi - lo);
            }
            int i = lo;
            int j = mid;
            int k = lo;
            try {
                while (i < mid && j < hi) {
                    int from = lessThan(node, tmpKeys[j], tmpKeys[i]) ? j++ : i++;
                    keys[k] = tmpKeys[from];
                    if (!shared) {
                        values[k] = tmpValues[from];
                    }
                    k++;
                }
            } catch (PException e) {
                // a failed comparison must leave every element in the list exactly once
                System.arraycopy(tmpKeys, lo, keys, lo, hi - lo);
                if (!shared) {
                    System.arraycopy(tmpValues, lo, values, lo, hi - lo);
                }
                throw e;
            }
            for (; i < mid; i++, k++) {
                keys[k] = tmpKeys[i];
                if (!shared) {
                    values[k] = tmpValues[i];
                }
            }
            for (; j < hi; j++, k++) {
                keys[k] = tmpKeys[j];
                if (!shared) {
                    values[k] = tmpValues[j];
                }
            }
        }

        // binarysort
        private static void binaryInsertion(Node node, Object[] keys, Object[] values, int lo, int hi) {
            for (int start = lo + 1; start < hi; start++) {
                Object pivot = keys[start];
                Object pivotValue = values[start];
                int l = lo;
                int r = start;
                while (l < r) {
                    int p = (l + r) >>> 1;
                    if (lessThan(node, pivot, keys[p])) {
                        r = p;
                    } else {
                        l = p + 1;
                    }
                }
                System.arraycopy(keys, l, keys, l + 1, start - l);
                keys[l] = pivot;
                if (values != keys) {
                    System.arraycopy(values, l, values, l + 1, start - l);
                    values[l] = pivotValue;
                }
            }
        }

        private static boolean lessThan(Node node, Object a, Object b) {
            return RichCompare.test(node, CompareOp.LT, a, b);
        }
    }
}
