package org.minipy.nodes.buffer;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.memory.ByteArraySupport;

import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.buffer.FormatCode;

/**
 * Reads one item of a format from bytes (CPython's unpack_single / the nu_ and lu_ functions of
 * _struct.c). A call site sees one format and byte order, so the DSL caches them and the read compiles
 * to a single load.
 */
@GenerateUncached
public abstract class UnpackItemNode extends PyBaseNode {
    private static final ByteArraySupport LITTLE = ByteArraySupport.littleEndian();
    private static final ByteArraySupport BIG = ByteArraySupport.bigEndian();

    /**
     * @param size the item size in bytes: the format's native or standard size
     */
    public abstract Object execute(FormatCode format, boolean bigEndian, int size, byte[] data, int offset);

    public static UnpackItemNode create() {
        return UnpackItemNodeGen.create();
    }

    public static UnpackItemNode getUncached() {
        return UnpackItemNodeGen.getUncached();
    }

    @Specialization(guards = {"format == cachedFormat", "bigEndian == cachedBigEndian", "size == cachedSize"}, limit = "4")
    static Object doCached(@SuppressWarnings("unused") FormatCode format, @SuppressWarnings("unused") boolean bigEndian,
                    @SuppressWarnings("unused") int size, byte[] data, int offset,
                    @Cached("format") FormatCode cachedFormat,
                    @Cached("bigEndian") boolean cachedBigEndian,
                    @Cached("size") int cachedSize) {
        return unpack(cachedFormat, cachedBigEndian, cachedSize, data, offset);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(FormatCode format, boolean bigEndian, int size, byte[] data, int offset) {
        return unpack(format, bigEndian, size, data, offset);
    }

    private static Object unpack(FormatCode format, boolean bigEndian, int size, byte[] data, int offset) {
        ByteArraySupport bytes = bigEndian ? BIG : LITTLE;
        switch (format.kind) {
            case SIGNED:
                return readSigned(bytes, size, data, offset);
            case UNSIGNED:
                return readUnsigned(bytes, size, data, offset);
            case BOOL:
                return data[offset] != 0;
            case FLOAT:
                if (size == 8) {
                    return bytes.getDouble(data, offset);
                } else if (size == 4) {
                    return (double) bytes.getFloat(data, offset);
                }
                return (double) Float.float16ToFloat(bytes.getShort(data, offset));
            case CHAR:
                return new PBytes(new byte[]{data[offset]});
            case UNICODE:
                return unicode(bytes.getInt(data, offset));
            default:
                throw new IllegalArgumentException("no single item for format " + format.code);
        }
    }

    private static long readSigned(ByteArraySupport bytes, int size, byte[] data, int offset) {
        return switch (size) {
            case 1 -> data[offset];
            case 2 -> bytes.getShort(data, offset);
            case 4 -> bytes.getInt(data, offset);
            default -> bytes.getLong(data, offset);
        };
    }

    private static Object readUnsigned(ByteArraySupport bytes, int size, byte[] data, int offset) {
        switch (size) {
            case 1:
                return (long) (data[offset] & 0xff);
            case 2:
                return (long) (bytes.getShort(data, offset) & 0xffff);
            case 4:
                return bytes.getInt(data, offset) & 0xffffffffL;
            default:
                long v = bytes.getLong(data, offset);
                return v >= 0 ? (Object) v : unsignedLong(v);
        }
    }

    @TruffleBoundary
    private static Object unsignedLong(long v) {
        return PInt.normalize(new BigInteger(Long.toUnsignedString(v)));
    }

    @TruffleBoundary
    private static String unicode(int codePoint) {
        return Character.toString(codePoint);
    }
}
