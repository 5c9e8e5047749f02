package org.minipy.nodes.operators;

import java.math.BigDecimal;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.RecursionError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * PyObject_RichCompare for every builtin type, as the slow path of {@link RichCompareNode} and for
 * runtime code (sorting, containment, dict lookups of user keys).
 */
public final class RichCompare {
    /** Containers nested this deep compare as in CPython 3.13, whose C recursion limit stops one level deeper. */
    private static final int MAX_DEPTH = 9999;
    /** How many builtin comparisons are running in this thread, each inside the previous one. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private RichCompare() {
    }

    /** {@code a op b} as a Python value (user __eq__ may return anything). */
    @TruffleBoundary
    public static Object compare(Node location, CompareOp op, Object a, Object b) {
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_DEPTH) {
            throw PRaiseNode.raise(location, RecursionError, "maximum recursion depth exceeded in comparison");
        }
        Object r;
        depth[0]++;
        try {
            r = builtinCompare(op, a, b);
        } finally {
            depth[0]--;
        }
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        PythonClass ac = GetClassNode.getUncached().execute(a);
        PythonClass bc = GetClassNode.getUncached().execute(b);
        r = userDunder(ac, op.slot, a, b);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (b instanceof PByteArray y) {
            r = byteArrayCompare(op.reflected(), y, a);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        r = userDunder(bc, op.reflected().slot, b, a);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (op == CompareOp.EQ) {
            return a == b;
        } else if (op == CompareOp.NE) {
            if (ac.getSlot(SpecialMethodSlot.EQ) != null) {
                Object eq = userDunder(ac, SpecialMethodSlot.EQ, a, b);
                if (eq != PNotImplemented.INSTANCE) {
                    return !PyObjectIsTrueNode.getUncached().execute(eq);
                }
            }
            return a != b;
        }
        throw notSupported(location, op, a, b);
    }

    @TruffleBoundary
    public static PException notSupported(Node location, CompareOp op, Object a, Object b) {
        throw PRaiseNode.raise(location, TypeError, "'%s' not supported between instances of '%s' and '%s'", op.symbol,
                        GetClassNode.getUncached().execute(a).getTypeName(), GetClassNode.getUncached().execute(b).getTypeName());
    }

    /** {@code a op b} reduced to a truth value. */
    @TruffleBoundary
    public static boolean test(Node location, CompareOp op, Object a, Object b) {
        Object r = compare(location, op, a, b);
        return r instanceof Boolean bool ? bool : PyObjectIsTrueNode.getUncached().execute(r);
    }

    /** {@code a == b} with the identity shortcut that containers use (PyObject_RichCompareBool). */
    @TruffleBoundary
    public static boolean eq(Node location, Object a, Object b) {
        return a == b || test(location, CompareOp.EQ, a, b);
    }

    private static Object userDunder(PythonClass cls, SpecialMethodSlot slot, Object self, Object other) {
        Object method = cls.getSlot(slot);
        if (method == null) {
            return PNotImplemented.INSTANCE;
        }
        return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(self, other));
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof PInt || o instanceof Double;
    }

    private static Object builtinCompare(CompareOp op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && Double.isNaN(x) || b instanceof Double y && Double.isNaN(y)) {
                return op == CompareOp.NE;
            }
            return op.test(compareNumbers(a, b));
        }
        if (a instanceof String x && b instanceof String y) {
            return op.test(compareStrings(x, y));
        }
        if ((a instanceof PBytes || a instanceof PByteArray) && (b instanceof PBytes || b instanceof PByteArray)) {
            return op.test(Arrays.compareUnsigned(bytesOf(a), 0, lengthOf(a), bytesOf(b), 0, lengthOf(b)));
        }
        if (a instanceof PByteArray x) {
            return byteArrayCompare(op, x, b);
        }
        if (a instanceof PList x && b instanceof PList y) {
            return sequence(op, x.readItems(), x.size(), y.readItems(), y.size());
        }
        if (a instanceof PTuple x && b instanceof PTuple y) {
            return sequence(op, x.getItems(), x.size(), y.getItems(), y.size());
        }
        if (a instanceof PDict x && b instanceof PDict y && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return dictEquals(x, y) == (op == CompareOp.EQ);
        }
        if (a instanceof PSlice x && b instanceof PSlice y) {
            // slice_richcompare: as the tuples (start, stop, step)
            return compare(null, op, new PTuple(new Object[]{x.getStart(), x.getStop(), x.getStep()}),
                            new PTuple(new Object[]{y.getStart(), y.getStop(), y.getStep()}));
        }
        if (PBigRange.isRange(a) && PBigRange.isRange(b) && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PBigRange.of(a).sameItems(PBigRange.of(b)) == (op == CompareOp.EQ);
        }
        return PNotImplemented.INSTANCE;
    }

    /**
     * bytearray_richcompare: a bytearray compares as bytes with anything that exports a contiguous buffer
     * (memoryviews, arrays), whichever side it is on.
     */
    private static Object byteArrayCompare(CompareOp op, PByteArray a, Object b) {
        PythonBufferLibrary lib = PythonBufferLibrary.getUncached();
        if (!lib.isBuffer(b)) {
            return PNotImplemented.INSTANCE;
        }
        PBuffer buffer;
        try {
            buffer = lib.acquire(b, BufferFlags.SIMPLE);
        } catch (PException e) {
            // CPython clears the error (a released view, a non-contiguous one) and answers NotImplemented.
            return PNotImplemented.INSTANCE;
        }
        try {
            byte[] other = buffer.toByteArray();
            if ((op == CompareOp.EQ || op == CompareOp.NE) && a.length() != other.length) {
                return op == CompareOp.NE;
            }
            return op.test(Arrays.compareUnsigned(a.getBytes(), 0, a.length(), other, 0, other.length));
        } finally {
            lib.release(b, buffer);
        }
    }

    private static byte[] bytesOf(Object o) {
        return o instanceof PBytes b ? b.getBytes() : ((PByteArray) o).getBytes();
    }

    private static int lengthOf(Object o) {
        return o instanceof PBytes b ? b.length() : ((PByteArray) o).length();
    }

    /** Code point order, which differs from Java's UTF-16 order only past the BMP. */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c1 = x.charAt(i);
            char c2 = y.charAt(i);
            if (c1 != c2) {
                if (Character.isSurrogate(c1) || Character.isSurrogate(c2)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c1 - c2;
            }
        }
        return x.length() - y.length();
    }

    /** Exact comparison of any two numbers, int/float mixes included (float_richcompare). */
    public static int compareNumbers(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        if (!(a instanceof Double) && !(b instanceof Double)) {
            if (a instanceof PInt || b instanceof PInt) {
                return IntMath.compare(a, b);
            }
            return Long.compare(IntMath.big(a).longValue(), IntMath.big(b).longValue());
        }
        double d = a instanceof Double x ? x : (Double) b;
        if (Double.isInfinite(d)) {
            int sign = d > 0 ? 1 : -1;
            return a instanceof Double ? sign : -sign;
        }
        BigDecimal x = a instanceof Double da ? new BigDecimal(da) : new BigDecimal(IntMath.big(a));
        BigDecimal y = b instanceof Double db ? new BigDecimal(db) : new BigDecimal(IntMath.big(b));
        return x.compareTo(y);
    }

    private static Object sequence(CompareOp op, Object[] x, int xn, Object[] y, int yn) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && xn != yn) {
            return op == CompareOp.NE;
        }
        int i = 0;
        for (; i < xn && i < yn; i++) {
            if (!eq(null, x[i], y[i])) {
                break;
            }
        }
        if (i >= xn || i >= yn) {
            return op.test(Integer.compare(xn, yn));
        }
        if (op == CompareOp.EQ) {
            return false;
        } else if (op == CompareOp.NE) {
            return true;
        }
        return compare(null, op, x[i], y[i]);
    }

    private static boolean dictEquals(PDict x, PDict y) {
        if (x.size() != y.size()) {
            return false;
        }
        for (Object[] e : x.entries()) {
            Object other = y.get(e[0]);
            if (other == null || !eq(null, e[1], other)) {
                return false;
            }
        }
        return true;
    }
}
