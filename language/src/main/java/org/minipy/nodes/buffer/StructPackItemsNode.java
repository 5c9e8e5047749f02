package org.minipy.nodes.buffer;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.StructError;

import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PackException;
import org.minipy.runtime.buffer.StructLayout;

/**
 * Writes values into bytes by a layout (s_pack_internal), turning the item codec's
 * {@link PackException}s into struct's errors. The caller has checked the number of values and the
 * room in {@code dest}. The record is cleared first, pad bytes included; values are then written in
 * order, so an error leaves the earlier ones written and the rest zero, as in CPython's pack_into.
 */
@GenerateUncached
public abstract class StructPackItemsNode extends PyBaseNode {
    static final int MAX_UNROLLED_CODES = StructUnpackItemsNode.MAX_UNROLLED_CODES;
    /** Records up to this size are cleared by unrolled 8-byte stores; Arrays.fill compiles to a byte loop. */
    static final int MAX_UNROLLED_CLEAR = 64;
    private static final ByteArraySupport BYTES = ByteArraySupport.littleEndian();

    public abstract void execute(StructLayout layout, Object[] values, int firstValue, byte[] dest, int offset);

    public static StructPackItemsNode create() {
        return StructPackItemsNodeGen.create();
    }

    public static StructPackItemsNode getUncached() {
        return StructPackItemsNodeGen.getUncached();
    }

    @Specialization(guards = {"layout == cachedLayout", "cachedLayout.getCodeCount() <= MAX_UNROLLED_CODES"}, limit = "3")
    @ExplodeLoop
    static void doCached(@SuppressWarnings("unused") StructLayout layout, Object[] values, int firstValue, byte[] dest, int offset,
                    @Bind Node node,
                    @Cached("layout") StructLayout cachedLayout,
                    @Cached("createItemNodes(cachedLayout)") PackItemNode[] items) {
        int size = (int) cachedLayout.getSize();
        if (size <= MAX_UNROLLED_CLEAR) {
            clearUnrolled(dest, offset, size);
        } else {
            Arrays.fill(dest, offset, offset + size, (byte) 0);
        }
        int next = firstValue;
        for (int i = 0; i < items.length; i++) {
            next = packCode(node, cachedLayout, i, items[i], values, next, dest, offset);
        }
    }

    @Specialization(replaces = "doCached")
    static void doGeneric(StructLayout layout, Object[] values, int firstValue, byte[] dest, int offset,
                    @Bind Node node,
                    @Cached PackItemNode item) {
        Arrays.fill(dest, offset, offset + (int) layout.getSize(), (byte) 0);
        int next = firstValue;
        for (int i = 0; i < layout.getCodeCount(); i++) {
            next = packCode(node, layout, i, item, values, next, dest, offset);
        }
    }

    /** {@code size} is a compilation constant here, so this is a few stores. */
    @ExplodeLoop
    private static void clearUnrolled(byte[] dest, int offset, int size) {
        int words = size / Long.BYTES;
        for (int i = 0; i < words; i++) {
            BYTES.putLong(dest, offset + i * Long.BYTES, 0L);
        }
        for (int i = words * Long.BYTES; i < size; i++) {
            dest[offset + i] = 0;
        }
    }

    static PackItemNode[] createItemNodes(StructLayout layout) {
        PackItemNode[] nodes = new PackItemNode[layout.getCodeCount()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = PackItemNode.create();
        }
        return nodes;
    }

    /** Writes the values of code {@code i}, taken from {@code values[next]} on; returns the index after them. */
    private static int packCode(Node node, StructLayout layout, int i, PackItemNode item, Object[] values, int next, byte[] dest, int offset) {
        FormatCode code = layout.getCode(i);
        int size = layout.getItemSize(i);
        int pos = offset + layout.getOffset(i);
        if (code == FormatCode.STRING || code == FormatCode.PASCAL) {
            packString(node, code, size, values[next], dest, pos);
            return next + 1;
        }
        int repeat = layout.getRepeat(i);
        boolean bigEndian = layout.isBigEndian();
        // standard 'f' goes through PyFloat_Pack4, which refuses to round a finite value to infinity
        boolean checkFloatOverflow = code == FormatCode.FLOAT && !layout.isNativeMode();
        for (int r = 0; r < repeat; r++) {
            Object value = values[next + r];
            try {
                item.execute(code, bigEndian, size, dest, pos, value);
            } catch (PackException e) {
                if (bigEndian && size == 8 && !layout.isNativeMode()) {
                    writeTruncated(e, value, dest, pos);
                }
                throw packError(node, e, value, size);
            }
            if (checkFloatOverflow) {
                checkFloatOverflow(node, bigEndian, dest, pos, value);
            }
            pos += size;
        }
        return next + repeat;
    }

    /** 's' and 'p' take bytes or bytearray, truncated or zero-padded to the field; 'p' starts with the length, at most 255. */
    private static void packString(Node node, FormatCode code, int size, Object value, byte[] dest, int pos) {
        byte[] bytes;
        int length;
        if (value instanceof PBytes b) {
            bytes = b.getBytes();
            length = b.length();
        } else if (value instanceof PByteArray b) {
            bytes = b.getBytes();
            length = b.length();
        } else {
            throw PRaiseNode.raise(node, StructError, "argument for '%s' must be a bytes object", String.valueOf(code.code));
        }
        if (code == FormatCode.STRING) {
            System.arraycopy(bytes, 0, dest, pos, Math.min(length, size));
        } else if (size > 0) {
            int n = Math.min(length, size - 1);
            System.arraycopy(bytes, 0, dest, pos + 1, n);
            dest[pos] = (byte) Math.min(n, 255);
        }
    }

    private static void checkFloatOverflow(Node node, boolean bigEndian, byte[] dest, int pos, Object value) {
        ByteArraySupport bytes = bigEndian ? ByteArraySupport.bigEndian() : ByteArraySupport.littleEndian();
        if (Float.isInfinite(bytes.getFloat(dest, pos)) && !(value instanceof Double d && d.isInfinite())) {
            CompilerDirectives.transferToInterpreter();
            // PyFloat_Pack4 fails before it writes: the item stays as cleared
            Arrays.fill(dest, pos, pos + Float.BYTES, (byte) 0);
            throw value instanceof Double ? PRaiseNode.raise(node, OverflowError, "float too large to pack with f format")
                            : PRaiseNode.raise(node, StructError, "int too large to convert");
        }
    }

    /**
     * bp_longlong/bp_ulonglong (_PyLong_AsByteArray, big-endian) write the low eight bytes of an int
     * too big for them before they report it, and pack_into leaves those bytes in the buffer. A negative
     * value for 'Q' is refused before anything is written; the little-endian packers write nothing.
     */
    @TruffleBoundary
    private static void writeTruncated(PackException e, Object value, byte[] dest, int pos) {
        if (e.getReason() != PackException.Reason.OUT_OF_RANGE || !(value instanceof PInt big)) {
            return;
        }
        if (e.getFormat().kind == FormatCode.Kind.UNSIGNED && big.getValue().signum() < 0) {
            return;
        }
        ByteArraySupport.bigEndian().putLong(dest, pos, big.getValue().longValue());
    }

    /** The struct.error (or OverflowError) of np_xxx/lp_xxx/bp_xxx for a value the codec refused. */
    @TruffleBoundary
    private static RuntimeException packError(Node node, PackException e, Object value, int size) {
        FormatCode format = e.getFormat();
        switch (e.getReason()) {
            case NOT_AN_INTEGER:
                return PRaiseNode.raise(node, StructError, "required argument is not an integer");
            case NOT_A_FLOAT:
                return PRaiseNode.raise(node, StructError, "required argument is not a float");
            case OUT_OF_RANGE:
                if (format == FormatCode.POINTER) {
                    // PyLong_AsVoidPtr's OverflowError, which s_pack_internal rewords for ints
                    return PRaiseNode.raise(node, StructError, "int too large to convert");
                }
                return PRaiseNode.raise(node, StructError, "'%c' format requires %s <= number <= %s", format.code, min(format, size), max(format, size));
            case FLOAT_OVERFLOW:
                if (e.getValue() instanceof PInt) {
                    // PyFloat_AsDouble failed on the int itself
                    return PRaiseNode.raise(node, StructError, "required argument is not a float");
                } else if (value instanceof Long || value instanceof PInt || value instanceof Boolean) {
                    return PRaiseNode.raise(node, StructError, "int too large to convert");
                }
                return PRaiseNode.raise(node, OverflowError, "float too large to pack with %c format", format.code);
            default:
                return PRaiseNode.raise(node, StructError, "char format requires a bytes object of length 1");
        }
    }

    private static String min(FormatCode format, int size) {
        return format.kind == FormatCode.Kind.UNSIGNED ? "0" : BigInteger.ONE.shiftLeft(size * 8 - 1).negate().toString();
    }

    private static String max(FormatCode format, int size) {
        int bits = format.kind == FormatCode.Kind.UNSIGNED ? size * 8 : size * 8 - 1;
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).toString();
    }
}
