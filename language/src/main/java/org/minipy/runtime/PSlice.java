package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.operators.IntMath;

/** A slice object; start, stop and step are any Python values (None when absent). */
public final class PSlice extends PythonObject {
    private final Object start;
    private final Object stop;
    private final Object step;

    public PSlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public Object getStart() {
        return start;
    }

    public Object getStop() {
        return stop;
    }

    public Object getStep() {
        return step;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.slice;
    }

    /** Normalized indices of a slice over a sequence of a given length. */
    public record SliceInfo(int start, int stop, int step, int length) {
    }

    /**
     * PySlice_Unpack followed by PySlice_AdjustIndices. Not a boundary: with int or None bounds it is
     * arithmetic that compiled callers (memoryview slicing) fold into their own code.
     */
    public SliceInfo indices(Node location, int length) {
        long stepValue = step == PNone.NONE ? 1 : clampIndex(location, step);
        if (stepValue == 0) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.ValueError, "slice step cannot be zero");
        }
        long lower = stepValue < 0 ? -1 : 0;
        long upper = stepValue < 0 ? length - 1 : length;
        long startValue;
        if (start == PNone.NONE) {
            startValue = stepValue < 0 ? upper : lower;
        } else {
            startValue = clampIndex(location, start);
            if (startValue < 0) {
                startValue = Math.max(startValue + length, lower);
            } else {
                startValue = Math.min(startValue, upper);
            }
        }
        long stopValue;
        if (stop == PNone.NONE) {
            stopValue = stepValue < 0 ? lower : upper;
        } else {
            stopValue = clampIndex(location, stop);
            if (stopValue < 0) {
                stopValue = Math.max(stopValue + length, lower);
            } else {
                stopValue = Math.min(stopValue, upper);
            }
        }
        long count;
        if (stepValue < 0) {
            count = stopValue < startValue ? (startValue - stopValue - 1) / -stepValue + 1 : 0;
        } else {
            count = startValue < stopValue ? (stopValue - startValue - 1) / stepValue + 1 : 0;
        }
        int clampedStep = (int) Math.max(Math.min(stepValue, Integer.MAX_VALUE), -Integer.MAX_VALUE);
        return new SliceInfo((int) startValue, (int) stopValue, clampedStep, (int) count);
    }

    /**
     * _PySlice_GetLongIndices: start, stop and step over a length of any size, without clamping the
     * bounds to a Py_ssize_t (range slicing).
     */
    @TruffleBoundary
    public BigInteger[] longIndices(Node location, BigInteger length) {
        BigInteger stepValue = step == PNone.NONE ? BigInteger.ONE : bigIndex(location, step);
        if (stepValue.signum() == 0) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.ValueError, "slice step cannot be zero");
        }
        boolean negative = stepValue.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.subtract(BigInteger.ONE) : length;
        BigInteger startValue = start == PNone.NONE ? (negative ? upper : lower) : adjust(bigIndex(location, start), length, lower, upper);
        BigInteger stopValue = stop == PNone.NONE ? (negative ? lower : upper) : adjust(bigIndex(location, stop), length, lower, upper);
        return new BigInteger[]{startValue, stopValue, stepValue};
    }

    private static BigInteger adjust(BigInteger index, BigInteger length, BigInteger lower, BigInteger upper) {
        if (index.signum() < 0) {
            return index.add(length).max(lower);
        }
        return index.min(upper);
    }

    private static BigInteger bigIndex(Node location, Object value) {
        Object index = org.minipy.nodes.object.PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.TypeError,
                            "slice indices must be integers or None or have an __index__ method");
        }
        return IntMath.big(index);
    }

    /** A slice bound as a Py_ssize_t, clamped as _PyEval_SliceIndex does for huge ints. */
    private static long clampIndex(Node location, Object value) {
        if (value instanceof Long l) {
            return Math.max(Math.min(l, Integer.MAX_VALUE), Integer.MIN_VALUE);
        }
        return clampOtherIndex(location, value);
    }

    @TruffleBoundary
    private static long clampOtherIndex(Node location, Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof PInt big) {
            return big.getValue().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        Object index = org.minipy.nodes.object.PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.TypeError,
                            "slice indices must be integers or None or have an __index__ method");
        }
        return clampIndex(location, index);
    }
}
