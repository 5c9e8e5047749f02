package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.nodes.operators.RichCompare;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;

/**
 * A range that is no {@link PRange}: a bound, the step or the length beyond a long, as CPython's
 * rangeobject with its PyLong fields. Its arithmetic also serves the operations that are no fast path
 * (repr, ==, hash, slicing, index) for both kinds of range, through {@link #of}.
 */
public final class PBigRange extends PythonObject {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger start;
    private final BigInteger stop;
    private final BigInteger step;
    private final BigInteger length;

    private PBigRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    /**
     * The range object of these bounds (step not zero): a PRange exactly when CPython's range_iter
     * would iterate it in C longs, so that {@code type(iter(r))} names range_iterator or
     * longrange_iterator as CPython does.
     */
    @TruffleBoundary
    public static Object create(BigInteger start, BigInteger stop, BigInteger step) {
        BigInteger length = length(start, stop, step);
        if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(length) && !lastStepOverflows(stop.longValue(), step.longValue(), length)) {
            return new PRange(start.longValue(), stop.longValue(), step.longValue(), length.longValue());
        }
        return new PBigRange(start, stop, step, length);
    }

    /** range_iter computes {@code stop + step - 1} (towards the step) in a C long. */
    private static boolean lastStepOverflows(long stop, long step, BigInteger length) {
        if (length.signum() == 0) {
            return false;
        }
        return step > 0 ? stop > Long.MAX_VALUE - (step - 1) : stop < Long.MIN_VALUE + (-1 - step);
    }

    /** Either kind of range in this representation, for the operations written once over big ints. */
    @TruffleBoundary
    public static PBigRange of(Object range) {
        if (range instanceof PRange r) {
            return new PBigRange(BigInteger.valueOf(r.getStart()), BigInteger.valueOf(r.getStop()), BigInteger.valueOf(r.getStep()),
                            BigInteger.valueOf(r.getLength()));
        }
        return (PBigRange) range;
    }

    public static boolean isRange(Object value) {
        return value instanceof PRange || value instanceof PBigRange;
    }

    // get_len_of_range
    private static BigInteger length(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() > 0 && start.compareTo(stop) < 0) {
            return stop.subtract(start).subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
        } else if (step.signum() < 0 && start.compareTo(stop) > 0) {
            return start.subtract(stop).subtract(BigInteger.ONE).divide(step.negate()).add(BigInteger.ONE);
        }
        return BigInteger.ZERO;
    }

    private static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    public Object getStart() {
        return PInt.normalize(start);
    }

    public Object getStop() {
        return PInt.normalize(stop);
    }

    public Object getStep() {
        return PInt.normalize(step);
    }

    public boolean isEmpty() {
        return length.signum() == 0;
    }

    /** len(): range_length, which refuses what does not fit in a Py_ssize_t. */
    @TruffleBoundary
    public long lengthAsSize(Node location) {
        if (!fitsLong(length)) {
            throw PRaiseNode.raise(location, OverflowError, "Python int too large to convert to C ssize_t");
        }
        return length.longValue();
    }

    /** range_subscript with an int key: compute_range_item after the negative index is counted from the end. */
    @TruffleBoundary
    public Object getItem(Node location, Object index) {
        BigInteger i = IntMath.big(index);
        if (i.signum() < 0) {
            i = i.add(length);
        }
        if (i.signum() < 0 || i.compareTo(length) >= 0) {
            throw PRaiseNode.raise(location, IndexError, "range object index out of range");
        }
        return PInt.normalize(item(i));
    }

    private BigInteger item(BigInteger i) {
        return start.add(i.multiply(step));
    }

    /** compute_slice: the range of the items at the slice's indices. */
    @TruffleBoundary
    public Object slice(Node location, PSlice slice) {
        BigInteger[] indices = slice.longIndices(location, length);
        return create(item(indices[0]), item(indices[1]), step.multiply(indices[2]));
    }

    /** The position of an int in the range (range_contains_long, range_index), or -1. */
    @TruffleBoundary
    public BigInteger position(BigInteger value) {
        boolean inside = step.signum() > 0 ? value.compareTo(start) >= 0 && value.compareTo(stop) < 0
                        : value.compareTo(start) <= 0 && value.compareTo(stop) > 0;
        if (!inside) {
            return BigInteger.ONE.negate();
        }
        BigInteger[] quotient = value.subtract(start).divideAndRemainder(step);
        return quotient[1].signum() == 0 ? quotient[0] : BigInteger.ONE.negate();
    }

    /**
     * The position of any value by comparing it with each item (_PySequence_IterSearch): how CPython
     * looks for what is not exactly an int or a bool. Polls the safepoint as the search may be long.
     */
    @TruffleBoundary
    public BigInteger search(Node location, Object value, boolean countAll) {
        BigInteger found = countAll ? BigInteger.ZERO : BigInteger.ONE.negate();
        for (BigInteger i = BigInteger.ZERO; i.compareTo(length) < 0; i = i.add(BigInteger.ONE)) {
            TruffleSafepoint.poll(location);
            if (RichCompare.eq(location, PInt.normalize(item(i)), value)) {
                if (!countAll) {
                    return i;
                }
                found = found.add(BigInteger.ONE);
            }
        }
        return found;
    }

    /** {@code x in r}: arithmetic for exact ints and bools, a search for anything else. */
    @TruffleBoundary
    public boolean contains(Node location, Object value) {
        if (IntMath.isInt(value)) {
            return position(IntMath.big(value)).signum() >= 0;
        }
        return search(location, value, false).signum() >= 0;
    }

    /** range_richcompare: equal when they hold the same items, whatever their stops. */
    @TruffleBoundary
    public boolean sameItems(PBigRange other) {
        if (!length.equals(other.length)) {
            return false;
        }
        if (length.signum() == 0) {
            return true;
        }
        if (!start.equals(other.start)) {
            return false;
        }
        return length.equals(BigInteger.ONE) || step.equals(other.step);
    }

    /** range_hash hashes this tuple: only what equality looks at. */
    @TruffleBoundary
    public Object[] hashedFields() {
        if (length.signum() == 0) {
            return new Object[]{0L, PNone.NONE, PNone.NONE};
        } else if (length.equals(BigInteger.ONE)) {
            return new Object[]{1L, getStart(), PNone.NONE};
        }
        return new Object[]{PInt.normalize(length), getStart(), getStep()};
    }

    @TruffleBoundary
    public String repr() {
        return step.equals(BigInteger.ONE) ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    /** range_iter: a PRange's iterator is the fast range_iterator; this is the longrange_iterator. */
    @TruffleBoundary
    public PythonIterator iterator() {
        return new PLongRangeIterator(start, step, length);
    }

    /**
     * range_reverse: from the last item back, by the negated step; a range_iterator when start, stop,
     * step, {@code -step}, {@code start - step} and the length fit in C longs.
     */
    @TruffleBoundary
    public PythonIterator reverseIterator() {
        if (fitsLong(start) && fitsLong(stop) && fitsLong(step) && fitsLong(step.negate()) && fitsLong(start.subtract(step)) && fitsLong(length)) {
            PRange items = new PRange(start.longValue(), stop.longValue(), step.longValue(), length.longValue());
            return new PReversed(items, length.longValue(), PythonBuiltinClassType.range_iterator);
        }
        return new PLongRangeIterator(item(length.subtract(BigInteger.ONE)), step.negate(), length);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.range;
    }
}
