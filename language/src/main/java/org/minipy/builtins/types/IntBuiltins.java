package org.minipy.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.ArraySize;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code int(x)}, {@code int(s, base)}, {@code int.to_bytes}, {@code int.from_bytes} and the number methods (Objects/longobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.int_)
public final class IntBuiltins extends PythonBuiltins {
    /** CPython's default sys.get_int_max_str_digits(). */
    private static final String[] PARAMETERS = {"x", "base"};
    private static final String[] TO_BYTES_PARAMETERS = {"length", "byteorder", "signed"};
    private static final String[] FROM_BYTES_PARAMETERS = {"bytes", "byteorder", "signed"};

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IntBuiltinsFactory.getFactories();
    }

    // long_new_impl / long_vectorcall
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class IntNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private Object create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.int_, cls);
            if (kwargs.size() == 0) {
                // the message of long_vectorcall, which serves calls without keywords
                BuiltinArguments.checkPositional(this, "int", args, 0, 2);
            }
            Object[] values = BuiltinArguments.unpack(this, "int", args, kwargs, PARAMETERS, 1);
            Object x = values[0];
            Object base = values[1];
            if (base == PNone.NO_VALUE) {
                return x == PNone.NO_VALUE ? 0L : toInt(this, x);
            }
            if (x == PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "int() missing string argument");
            }
            Object b = BuiltinArguments.index(this, base);
            if (!(x instanceof String || x instanceof PBytes || x instanceof PByteArray)) {
                throw PRaiseNode.raise(this, TypeError, "int() can't convert non-string with explicit base");
            }
            if (!(b instanceof Long l) || l != 0 && (l < 2 || l > 36)) {
                throw PRaiseNode.raise(this, ValueError, "int() base must be >= 2 and <= 36, or 0");
            }
            return parse(this, x, (int) (long) l);
        }
    }

    // int_to_bytes_impl
    @Builtin(name = "to_bytes", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object toBytes(Object[] bound) {
            return toBytes(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PBytes toBytes(Object self, PTuple args, PDict kwargs) {
            if (!(self instanceof Long || self instanceof PInt || self instanceof Boolean)) {
                throw DescriptorErrors.wrongSelf(this, "to_bytes", "int", self);
            }
            Object[] values = BuiltinArguments.unpack(this, "to_bytes", args, kwargs, TO_BYTES_PARAMETERS, 0, 2, 0);
            long length = 1;
            if (values[0] != PNone.NO_VALUE) {
                if (!(BuiltinArguments.index(this, values[0]) instanceof Long l)) {
                    throw PRaiseNode.raise(this, OverflowError, "Python int too large to convert to C ssize_t");
                }
                length = l;
            }
            boolean little = isLittle(this, "to_bytes", values[1]);
            boolean signed = values[2] != PNone.NO_VALUE && PyObjectIsTrueNode.getUncached().execute(values[2]);
            if (length < 0) {
                throw PRaiseNode.raise(this, ValueError, "length argument must be non-negative");
            }
            BigInteger v = IntMath.big(self);
            if (!signed && v.signum() < 0) {
                throw PRaiseNode.raise(this, OverflowError, "can't convert negative int to unsigned");
            }
            // two's complement in length bytes; 0 and -1 fit in no bytes at all, as in _PyLong_AsByteArray
            long bits = v.bitLength() + (signed && v.bitLength() > 0 ? 1 : 0);
            if (length < Long.MAX_VALUE / 8 && bits > 8 * length) {
                throw PRaiseNode.raise(this, OverflowError, "int too big to convert");
            }
            byte[] result = new byte[ArraySize.check(this, length)];
            byte[] twosComplement = v.toByteArray();
            java.util.Arrays.fill(result, (byte) (v.signum() < 0 ? 0xff : 0));
            int n = Math.min(result.length, twosComplement.length);
            System.arraycopy(twosComplement, twosComplement.length - n, result, result.length - n, n);
            if (little) {
                reverse(result);
            }
            return new PBytes(result);
        }
    }

    // int_from_bytes_impl
    @Builtin(name = "from_bytes", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object fromBytes(Object[] bound) {
            return fromBytes(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private Object fromBytes(Object cls, PTuple args, PDict kwargs) {
            Object[] values = BuiltinArguments.unpack(this, "from_bytes", args, kwargs, FROM_BYTES_PARAMETERS, 0, 2, 1);
            boolean little = isLittle(this, "from_bytes", values[1]);
            boolean signed = values[2] != PNone.NO_VALUE && PyObjectIsTrueNode.getUncached().execute(values[2]);
            byte[] bytes = bytesOf(values[0]);
            if (little) {
                bytes = bytes.clone();
                reverse(bytes);
            }
            BigInteger v = bytes.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(bytes) : new BigInteger(1, bytes);
            if (cls instanceof PythonClass c && c.getBuiltinClassType() == PythonBuiltinClassType.bool) {
                return v.signum() != 0;
            }
            return PInt.normalize(v);
        }

        // PyObject_Bytes: bytes-likes, __bytes__ or an iterable of ints, but never a str or an int
        private byte[] bytesOf(Object source) {
            if (source instanceof PBytes b) {
                return b.getBytes();
            } else if (source instanceof PByteArray b) {
                return b.toByteArray();
            }
            PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
            if (buffers.isBuffer(source)) {
                // _PyBytes_FromBuffer: any exporter, its contents in C order
                PBuffer buffer = buffers.acquire(source, BufferFlags.FULL_RO);
                try {
                    return buffer.toByteArray();
                } finally {
                    buffers.release(source, buffer);
                }
            }
            PBytes converted = ByteSource.fromDunderBytesOrNull(this, source);
            if (converted != null) {
                return converted.getBytes();
            }
            byte[] contents = ByteSource.contentsOrNull(source);
            if (contents != null) {
                return contents;
            }
            if (source instanceof String || source instanceof Long || source instanceof PInt || source instanceof Boolean || source instanceof Double) {
                throw PRaiseNode.raise(this, TypeError, "cannot convert '%s' object to bytes", GetClassNode.getUncached().execute(source).getName());
            }
            return BytesNewBuiltins.fromIterableOfInts(this, "bytes", source);
        }
    }

    private static boolean isLittle(Node node, String function, Object byteorder) {
        if (byteorder == PNone.NO_VALUE) {
            return false;
        }
        String order = BuiltinArguments.string(node, function, "byteorder", byteorder);
        if (order.equals("little")) {
            return true;
        } else if (order.equals("big")) {
            return false;
        }
        throw PRaiseNode.raise(node, ValueError, "byteorder must be either 'little' or 'big'");
    }

    private static void reverse(byte[] bytes) {
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    // PyNumber_Long
    @TruffleBoundary
    private static Object toInt(Node node, Object x) {
        if (x instanceof Long || x instanceof PInt) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return fromDouble(node, d);
        } else if (x instanceof String || x instanceof PBytes || x instanceof PByteArray) {
            return parse(node, x, 10);
        }
        PythonClass cls = GetClassNode.getUncached().execute(x);
        Object dunderInt = cls.isBuiltin() ? null : cls.lookup("__int__");
        if (dunderInt != null) {
            Object result = PyObjectCallNode.getUncached().execute(dunderInt, PArguments.ofPositional(x));
            if (result instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (!(result instanceof Long || result instanceof PInt)) {
                throw PRaiseNode.raise(node, TypeError, "__int__ returned non-int (type %s)", GetClassNode.getUncached().execute(result).getName());
            }
            return result;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(x);
        if (index != null) {
            return index;
        }
        // any other exporter's bytes are parsed as bytes would be (a view that refuses: the TypeError)
        byte[] contents = ByteSource.bytesLikeOrNullIfRefused(x);
        if (contents != null) {
            return parse(node, new PBytes(contents), 10);
        }
        throw PRaiseNode.raise(node, TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", cls.getName());
    }

    /** float to int, truncating toward zero: PyLong_FromDouble. */
    @TruffleBoundary
    public static Object fromDouble(Node node, double d) {
        if (Double.isNaN(d)) {
            throw PRaiseNode.raise(node, ValueError, "cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PRaiseNode.raise(node, OverflowError, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 0x1p63) {
            return (long) d;
        }
        return PInt.normalize(new BigDecimal(d).toBigInteger());
    }

    /** PyLong_FromUnicodeObject and _PyLong_FromBytes: the literal syntax of int(), in the given base (0: by prefix). */
    @TruffleBoundary
    private static Object parse(Node node, Object source, int base) {
        String text;
        if (source instanceof String s) {
            text = s;
        } else {
            byte[] bytes = source instanceof PBytes b ? b.getBytes() : ((PByteArray) source).toByteArray();
            text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        int end = text.length();
        int i = 0;
        while (i < end && isSpace(text.charAt(i), source instanceof String)) {
            i++;
        }
        while (end > i && isSpace(text.charAt(end - 1), source instanceof String)) {
            end--;
        }
        boolean negative = false;
        if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int radix = base;
        boolean prefixed = false;
        if (i + 1 < end && text.charAt(i) == '0') {
            char p = Character.toLowerCase(text.charAt(i + 1));
            int prefixRadix = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
            if (prefixRadix > 0 && (base == 0 || base == prefixRadix)) {
                radix = prefixRadix;
                prefixed = true;
                i += 2;
            }
        }
        if (radix == 0) {
            radix = 10;
        }
        StringBuilder digits = new StringBuilder(end - i);
        // after a prefix an underscore may come first ("0x_ff"); otherwise only between digits
        boolean underscoreAllowed = prefixed;
        boolean valid = i < end;
        for (; i < end && valid; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                valid = underscoreAllowed;
                underscoreAllowed = false;
            } else {
                int d = digitValue(c);
                valid = d >= 0 && d < radix;
                digits.append(Character.forDigit(Math.max(d, 0), 36));
                underscoreAllowed = true;
            }
        }
        valid = valid && underscoreAllowed && digits.length() > 0;
        // base 0 refuses "010": a decimal literal with a leading zero must be all zeros
        if (valid && base == 0 && !prefixed && digits.charAt(0) == '0' && digits.chars().anyMatch(ch -> ch != '0')) {
            valid = false;
        }
        if (!valid) {
            String shown = PyObjectReprNode.getUncached().execute(source instanceof String s && s.length() > 200 ? s.substring(0, 200) : source);
            throw PRaiseNode.raise(node, ValueError, "invalid literal for int() with base %d: %s", base, shown);
        }
        if ((radix & (radix - 1)) != 0 && digits.length() > PInt.MAX_STR_DIGITS) {
            throw PRaiseNode.raise(node, ValueError,
                            "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit",
                            PInt.MAX_STR_DIGITS, digits.length());
        }
        if (digits.length() <= 18 && radix == 10) {
            long v = Long.parseLong(digits, 0, digits.length(), 10);
            return negative ? -v : v;
        }
        BigInteger v = new BigInteger(digits.toString(), radix);
        return PInt.normalize(negative ? v.negate() : v);
    }

    /** ASCII letters and digits, and any Unicode decimal digit (as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII). */
    private static int digitValue(char c) {
        if (c < 128) {
            return Character.digit(c, 36);
        }
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(c, 10) : -1;
    }

    /**
     * The whitespace int() strips: ASCII whitespace (Py_ISSPACE), and for str sources also the non-ASCII
     * characters of str.isspace, which _PyUnicode_TransformDecimalAndSpaceToASCII turns into spaces.
     */
    static boolean isSpace(char c, boolean unicode) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        return unicode && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085');
    }

    // ---- the numbers protocol of int (long_methods, long_getset): what bool inherits too

    /** int, or bool as the int it is; anything else is the wrong receiver for int's descriptors. */
    @TruffleBoundary
    static Object intSelf(Node node, String method, Object self) {
        if (self instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (self instanceof Long || self instanceof PInt) {
            return self;
        }
        throw DescriptorErrors.wrongSelf(node, method, "int", self);
    }

    @Builtin(name = "real", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return intSelf(this, "real", self);
        }
    }

    @Builtin(name = "numerator", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NumeratorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return intSelf(this, "numerator", self);
        }
    }

    @Builtin(name = "conjugate", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object conjugate(Object self) {
            return intSelf(this, "conjugate", self);
        }
    }

    @Builtin(name = "imag", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            intSelf(this, "imag", self);
            return 0L;
        }
    }

    @Builtin(name = "denominator", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DenominatorNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            intSelf(this, "denominator", self);
            return 1L;
        }
    }

    @Builtin(name = "is_integer", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isInteger(Object self) {
            intSelf(this, "is_integer", self);
            return true;
        }
    }

    @Builtin(name = "as_integer_ratio", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object ratio(Object self) {
            return new PTuple(new Object[]{intSelf(this, "as_integer_ratio", self), 1L});
        }
    }

    @Builtin(name = "bit_length", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class BitLengthNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long bitLength(Object self) {
            return IntMath.big(intSelf(this, "bit_length", self)).abs().bitLength();
        }
    }

    @Builtin(name = "bit_count", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class BitCountNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long bitCount(Object self) {
            return IntMath.big(intSelf(this, "bit_count", self)).abs().bitCount();
        }
    }

}
