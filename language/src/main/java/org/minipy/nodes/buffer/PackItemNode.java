package org.minipy.nodes.buffer;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.memory.ByteArraySupport;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PackException;
import org.minipy.runtime.buffer.PackException.Reason;

/**
 * Writes one item of a format into bytes (pack_single / the np_ and lp_ functions of _struct.c). A
 * value that does not fit raises {@link PackException}; the consumer turns it into its own error.
 */
@GenerateUncached
public abstract class PackItemNode extends PyBaseNode {
    private static final ByteArraySupport LITTLE = ByteArraySupport.littleEndian();
    private static final ByteArraySupport BIG = ByteArraySupport.bigEndian();

    public abstract void execute(FormatCode format, boolean bigEndian, int size, byte[] data, int offset, Object value) throws PackException;

    public static PackItemNode create() {
        return PackItemNodeGen.create();
    }

    public static PackItemNode getUncached() {
        return PackItemNodeGen.getUncached();
    }

    @Specialization(guards = {"format == cachedFormat", "bigEndian == cachedBigEndian", "size == cachedSize"}, limit = "4")
    static void doCached(@SuppressWarnings("unused") FormatCode format, @SuppressWarnings("unused") boolean bigEndian,
                    @SuppressWarnings("unused") int size, byte[] data, int offset, Object value,
                    @Cached("format") FormatCode cachedFormat,
                    @Cached("bigEndian") boolean cachedBigEndian,
                    @Cached("size") int cachedSize,
                    @Cached PyNumberIndexNode index,
                    @Cached PyObjectIsTrueNode isTrue) throws PackException {
        pack(cachedFormat, cachedBigEndian, cachedSize, data, offset, value, index, isTrue);
    }

    @Specialization(replaces = "doCached")
    static void doGeneric(FormatCode format, boolean bigEndian, int size, byte[] data, int offset, Object value,
                    @Cached PyNumberIndexNode index,
                    @Cached PyObjectIsTrueNode isTrue) throws PackException {
        pack(format, bigEndian, size, data, offset, value, index, isTrue);
    }

    private static void pack(FormatCode format, boolean bigEndian, int size, byte[] data, int offset, Object value,
                    PyNumberIndexNode index, PyObjectIsTrueNode isTrue) throws PackException {
        ByteArraySupport bytes = bigEndian ? BIG : LITTLE;
        switch (format.kind) {
            case SIGNED:
            case UNSIGNED:
                writeInteger(bytes, format, size, data, offset, toIndex(format, value, index));
                return;
            case BOOL:
                data[offset] = (byte) (isTrue.execute(value) ? 1 : 0);
                return;
            case FLOAT:
                writeFloat(bytes, format, size, data, offset, toDouble(format, value));
                return;
            case CHAR:
                data[offset] = singleByte(format, value);
                return;
            case UNICODE:
                bytes.putInt(data, offset, codePoint(format, value));
                return;
            default:
                throw new IllegalArgumentException("no single item for format " + format.code);
        }
    }

    private static Object toIndex(FormatCode format, Object value, PyNumberIndexNode index) throws PackException {
        if (value instanceof Long) {
            return value;
        }
        if (value instanceof Double) {
            throw new PackException(Reason.NOT_AN_INTEGER, format, false, value);
        }
        Object v = index.executeOrNull(value);
        if (v == null) {
            throw new PackException(Reason.NOT_AN_INTEGER, format, false, value);
        }
        return v;
    }

    private static void writeInteger(ByteArraySupport bytes, FormatCode format, int size, byte[] data, int offset, Object value) throws PackException {
        long v;
        if (value instanceof Long l) {
            v = l;
            boolean unsigned = format.kind == FormatCode.Kind.UNSIGNED;
            if (unsigned && v < 0 && format != FormatCode.POINTER) {
                throw new PackException(Reason.OUT_OF_RANGE, format, false, value);
            }
            if (size < 8) {
                long min = unsigned ? 0 : -(1L << (size * 8 - 1));
                long max = unsigned ? (1L << (size * 8)) - 1 : (1L << (size * 8 - 1)) - 1;
                if (v < min || v > max) {
                    throw new PackException(Reason.OUT_OF_RANGE, format, v > max, value);
                }
            }
        } else {
            v = bigToLong(format, size, (PInt) value);
        }
        switch (size) {
            case 1 -> data[offset] = (byte) v;
            case 2 -> bytes.putShort(data, offset, (short) v);
            case 4 -> bytes.putInt(data, offset, (int) v);
            default -> bytes.putLong(data, offset, v);
        }
    }

    /** A PInt only fits an unsigned 64-bit item, between 2**63 and 2**64 - 1. */
    @TruffleBoundary
    private static long bigToLong(FormatCode format, int size, PInt value) throws PackException {
        BigInteger big = value.getValue();
        boolean unsigned = format.kind == FormatCode.Kind.UNSIGNED;
        if (unsigned && size == 8 && big.signum() > 0 && big.bitLength() <= 64) {
            return big.longValue();
        }
        throw new PackException(Reason.OUT_OF_RANGE, format, big.signum() > 0, value);
    }

    private static double toDouble(FormatCode format, Object value) throws PackException {
        if (value instanceof Double d) {
            return d;
        } else if (value instanceof Long l) {
            return l;
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof PInt big) {
            return bigToDouble(format, big);
        }
        throw new PackException(Reason.NOT_A_FLOAT, format, false, value);
    }

    @TruffleBoundary
    private static double bigToDouble(FormatCode format, PInt big) throws PackException {
        double d = big.getValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw new PackException(Reason.FLOAT_OVERFLOW, format, true, big);
        }
        return d;
    }

    private static void writeFloat(ByteArraySupport bytes, FormatCode format, int size, byte[] data, int offset, double d) throws PackException {
        if (size == 8) {
            bytes.putDouble(data, offset, d);
        } else if (size == 4) {
            bytes.putFloat(data, offset, (float) d);
        } else {
            short half = Float.floatToFloat16(roundToOdd(d));
            if (!Double.isInfinite(d) && Float.isInfinite(Float.float16ToFloat(half))) {
                throw new PackException(Reason.FLOAT_OVERFLOW, format, true, d);
            }
            bytes.putShort(data, offset, half);
        }
    }

    /**
     * The float nearest to {@code d} towards zero, with its last bit set if that was inexact. Rounding this
     * to half precision gives the correctly rounded half of {@code d} (PyFloat_Pack2 rounds the double
     * directly); rounding d to the nearest float first could round twice, e.g. 0x1ffdffffff * 2**-26.
     */
    private static float roundToOdd(double d) {
        float f = (float) d;
        if (f == d || Double.isNaN(d)) {
            return f;
        }
        int bits = Float.floatToRawIntBits(f);
        if (Math.abs((double) f) > Math.abs(d)) {
            bits--;
        }
        return Float.intBitsToFloat(bits | 1);
    }

    /** Only bytes: struct and memoryview both refuse a bytearray for 'c'. */
    private static byte singleByte(FormatCode format, Object value) throws PackException {
        if (value instanceof PBytes b) {
            if (b.length() != 1) {
                throw new PackException(Reason.WRONG_LENGTH, format, false, value);
            }
            return b.getBytes()[0];
        }
        throw new PackException(Reason.NOT_BYTES, format, false, value);
    }

    private static int codePoint(FormatCode format, Object value) throws PackException {
        if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s.codePointAt(0);
        }
        throw new PackException(Reason.NOT_A_CHARACTER, format, false, value);
    }
}
