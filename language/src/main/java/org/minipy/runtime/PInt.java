package org.minipy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.nodes.PRaiseNode;

/**
 * A Python int that does not fit in a Java {@code long}. Invariant: every int in the long range is a
 * {@code Long}, so a PInt never equals a Long and arithmetic fast paths only ever see longs.
 */
@ExportLibrary(InteropLibrary.class)
public final class PInt extends PythonObject implements Comparable<PInt> {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger value;

    private PInt(BigInteger value) {
        this.value = value;
    }

    public BigInteger getValue() {
        return value;
    }

    /** Returns a Long when the value fits, otherwise a PInt: the only way to make a PInt. */
    @TruffleBoundary
    public static Object normalize(BigInteger v) {
        if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return v.longValue();
        }
        return new PInt(v);
    }

    @TruffleBoundary
    public static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }

    /** CPython's sys.get_int_max_str_digits(): decimal conversions of longer ints are refused (CVE-2020-10735). */
    public static final int MAX_STR_DIGITS = 4300;
    /** Any int of more bits has more than MAX_STR_DIGITS digits: 10**4300 needs 14285 bits. */
    private static final int MAX_STR_BITS = 14286;

    @Override
    @TruffleBoundary
    public String toString() {
        return decimal(value);
    }

    /** The decimal digits, or the ValueError of long_to_decimal_string beyond {@link #MAX_STR_DIGITS}. */
    @TruffleBoundary
    public static String decimal(BigInteger value) {
        if (value.bitLength() <= MAX_STR_BITS) {
            String digits = value.toString();
            if (digits.length() - (value.signum() < 0 ? 1 : 0) <= MAX_STR_DIGITS) {
                return digits;
            }
        }
        throw PRaiseNode.raise(null, PythonBuiltinClassType.ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                        MAX_STR_DIGITS);
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object obj) {
        return obj instanceof PInt other && value.equals(other.value);
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    @TruffleBoundary
    public int compareTo(PInt o) {
        return value.compareTo(o.value);
    }

    @ExportMessage
    boolean isNumber() {
        return true;
    }

    @ExportMessage
    boolean fitsInBigInteger() {
        return true;
    }

    @ExportMessage
    BigInteger asBigInteger() {
        return value;
    }

    @ExportMessage
    boolean fitsInByte() {
        return false;
    }

    @ExportMessage
    boolean fitsInShort() {
        return false;
    }

    @ExportMessage
    boolean fitsInInt() {
        return false;
    }

    @ExportMessage
    boolean fitsInLong() {
        return false;
    }

    @ExportMessage
    boolean fitsInFloat() {
        return false;
    }

    /** Exactly representable: the significant bits (between the highest and lowest set bit) fit a double's 53. */
    @ExportMessage
    @TruffleBoundary
    boolean fitsInDouble() {
        BigInteger abs = value.abs();
        return abs.bitLength() - abs.getLowestSetBit() <= 53 && abs.bitLength() <= 1024;
    }

    @ExportMessage
    byte asByte() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    short asShort() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    int asInt() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    long asLong() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    float asFloat() throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    double asDouble() throws UnsupportedMessageException {
        if (fitsInDouble()) {
            return value.doubleValue();
        }
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    public Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return value.toString();
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.int_;
    }
}
