package org.minipy.nodes.array;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.PackItemNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PackException;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * Converts a Python value to an array item and stores it at {@code offset} of {@code bytes}: the
 * *_setitem functions of arraymodule.c, with their messages. Nothing is written if the value does not
 * fit, so callers can store into the array's spare capacity, or into scratch bytes to validate a value
 * before resizing (ins1's {@code setitem(self, -1, v)}).
 */
@GenerateUncached
public abstract class WriteArrayItemNode extends PyBaseNode {
    public abstract void execute(FormatCode format, byte[] bytes, int offset, Object value);

    public static WriteArrayItemNode create() {
        return WriteArrayItemNodeGen.create();
    }

    public static WriteArrayItemNode getUncached() {
        return WriteArrayItemNodeGen.getUncached();
    }

    /** Item {@code index} (in range) of {@code array} becomes {@code value}. */
    public final void executeItem(PArray array, int index, Object value) {
        execute(array.getFormat(), array.getBytes(), index * array.getItemSize(), value);
    }

    /** Raises the error storing {@code value} would raise, without storing it. */
    public final void validate(FormatCode format, Object value) {
        execute(format, new byte[format.nativeSize], 0, value);
    }

    @Specialization
    static void write(FormatCode format, byte[] bytes, int offset, Object value,
                    @Bind Node node,
                    @Cached PackItemNode pack) {
        try {
            pack.execute(format, PArray.BIG_ENDIAN, format.nativeSize, bytes, offset, value);
        } catch (PackException e) {
            throw itemError(node, e);
        }
    }

    @TruffleBoundary
    private static PException itemError(Node node, PackException e) {
        Object value = e.getValue();
        return switch (e.getReason()) {
            // PyLong_AsLong / _PyNumber_Index
            case NOT_AN_INTEGER -> PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", typeName(value));
            // PyFloat_AsDouble
            case NOT_A_FLOAT -> PRaiseNode.raise(node, TypeError, "must be real number, not %s", typeName(value));
            case FLOAT_OVERFLOW -> PRaiseNode.raise(node, OverflowError, "int too large to convert to float");
            case NOT_A_CHARACTER -> value instanceof String s
                            ? PRaiseNode.raise(node, TypeError, "array item must be a unicode character, not a string of length %d",
                                            s.codePointCount(0, s.length()))
                            : PRaiseNode.raise(node, TypeError, "array item must be a unicode character, not %s", typeName(value));
            case OUT_OF_RANGE -> PRaiseNode.raise(node, OverflowError, outOfRange(e.getFormat().code, value));
            default -> throw new IllegalStateException("no array item error for " + e.getReason());
        };
    }

    /**
     * Which conversion of CPython's refuses an out-of-range int decides the message: each typecode
     * parses with a PyArg_Parse format or PyLong_As* function first, then checks its own range.
     */
    private static String outOfRange(char typecode, Object value) {
        BigInteger v = value instanceof PInt p ? p.getValue() : BigInteger.valueOf((Long) value);
        boolean negative = v.signum() < 0;
        boolean fitsLong = v.bitLength() < 64;
        switch (typecode) {
            case 'b':
                // PyArg_Parse "h", then b_setitem's own check
                if (!fitsLong) {
                    return "Python int too large to convert to C long";
                } else if (outside(v, Short.MIN_VALUE, Short.MAX_VALUE)) {
                    return negative ? "signed short integer is less than minimum" : "signed short integer is greater than maximum";
                }
                return negative ? "signed char is less than minimum" : "signed char is greater than maximum";
            case 'B':
                if (!fitsLong) {
                    return "Python int too large to convert to C long";
                }
                return negative ? "unsigned byte integer is less than minimum" : "unsigned byte integer is greater than maximum";
            case 'h':
                if (!fitsLong) {
                    return "Python int too large to convert to C long";
                }
                return negative ? "signed short integer is less than minimum" : "signed short integer is greater than maximum";
            case 'H':
                // PyArg_Parse "i", then HH_setitem's own check
                if (!fitsLong) {
                    return "Python int too large to convert to C long";
                } else if (outside(v, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
                    return negative ? "signed integer is less than minimum" : "signed integer is greater than maximum";
                }
                return negative ? "unsigned short is less than minimum" : "unsigned short is greater than maximum";
            case 'i':
                if (!fitsLong) {
                    return "Python int too large to convert to C long";
                }
                return negative ? "signed integer is less than minimum" : "signed integer is greater than maximum";
            case 'I':
                // PyLong_AsUnsignedLong, then II_setitem's own check
                if (negative) {
                    return "can't convert negative value to unsigned int";
                }
                return v.bitLength() > 64 ? "Python int too large to convert to C unsigned long" : "unsigned int is greater than maximum";
            case 'l':
                return "Python int too large to convert to C long";
            case 'L':
                return negative ? "can't convert negative value to unsigned int" : "Python int too large to convert to C unsigned long";
            case 'q':
                return "int too big to convert";
            case 'Q':
                return negative ? "can't convert negative int to unsigned" : "int too big to convert";
            default:
                throw new IllegalStateException("no integer typecode: " + typecode);
        }
    }

    private static boolean outside(BigInteger v, long min, long max) {
        long l = v.longValue();
        return l < min || l > max;
    }

    private static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }
}
