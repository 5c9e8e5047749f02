package org.minipy.builtins.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.expression.AsciiNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.formatting.SpecFormatter;

import static org.minipy.builtins.types.StrBuiltins.typeName;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * printf-style formatting, {@code fmt % args}: the spec parsing that PyUnicode_Format and
 * _PyBytes_FormatEx share, with the conversions where they differ left to {@link ForStr} and
 * {@link ForBytes}. A bytes format is handled as its Latin-1 decoding, one char a byte.
 */
abstract class PercentFormatter {
    protected final Node node;
    /** The mapping for %(key)s, when args is one. */
    private final Object mapping;
    private Object args;
    // as CPython: a tuple is walked by index; a single value is arglen -1, argidx -2
    private int argLength;
    private int argIndex;

    PercentFormatter(Node node, Object args) {
        this.node = node;
        this.args = args;
        if (args instanceof PTuple tuple) {
            argLength = tuple.size();
            argIndex = 0;
        } else {
            argLength = -1;
            argIndex = -2;
        }
        boolean isMapping = !(args instanceof PTuple) && !isSequenceOfFormat(args) &&
                        GetClassNode.getUncached().execute(args).lookupSpecial("__getitem__") != null;
        this.mapping = isMapping || args instanceof PDict || args instanceof PList ? args : null;
    }

    /** Whether args is of the format's own kind, which is never taken as a mapping. */
    protected abstract boolean isSequenceOfFormat(Object value);

    /** The key of %(key)s as the mapping is indexed with it. */
    protected abstract Object key(String key);

    /** "string" or "bytes", for "not all arguments converted". */
    protected abstract String kind();

    /** The text of %s, %r, %a (and %b for bytes) before precision and padding, or null if unsupported. */
    protected abstract String object(char type, Object value);

    /** The text of %c. */
    protected abstract String character(Object value);

    /** The float that %e, %f and %g format. */
    protected abstract double realNumber(Object value);

    /** The error for a conversion character that is none of the known ones. */
    protected abstract RuntimeException unsupported(char type, int index);

    // unicode_format_getnextarg
    private Object nextArg() {
        int i = argIndex;
        if (i < argLength) {
            argIndex++;
            return argLength < 0 ? args : ((PTuple) args).get(i);
        }
        throw PRaiseNode.raise(node, TypeError, "not enough arguments for format string");
    }

    @TruffleBoundary
    String render(String format) {
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i < n && format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            i = conversion(format, i, out);
        }
        if (argIndex < argLength && mapping == null) {
            throw PRaiseNode.raise(node, TypeError, "not all arguments converted during %s formatting", kind());
        }
        return out.toString();
    }

    /** One conversion specifier after its '%'; returns the index after it. */
    private int conversion(String format, int start, StringBuilder out) {
        int n = format.length();
        int i = start;
        if (i < n && format.charAt(i) == '(') {
            if (mapping == null) {
                throw PRaiseNode.raise(node, TypeError, "format requires a mapping");
            }
            int depth = 1;
            int keyStart = ++i;
            while (depth > 0 && i < n) {
                char c = format.charAt(i++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw PRaiseNode.raise(node, ValueError, "incomplete format key");
            }
            args = PyObjectGetItemNode.getUncached().execute(mapping, key(format.substring(keyStart, i - 1)));
            argLength = -1;
            argIndex = -2;
        }
        boolean left = false;
        boolean plus = false;
        boolean blank = false;
        boolean alternate = false;
        boolean zero = false;
        for (; i < n && "-+ #0".indexOf(format.charAt(i)) >= 0; i++) {
            switch (format.charAt(i)) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> blank = true;
                case '#' -> alternate = true;
                default -> zero = true;
            }
        }
        long width = -1;
        if (i < n && format.charAt(i) == '*') {
            width = starArg();
            if (width < 0) {
                left = true;
                width = -width;
            }
            i++;
        } else {
            for (; i < n && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128; i++) {
                width = Math.max(width, 0) * 10 + (format.charAt(i) - '0');
            }
        }
        long precision = -1;
        if (i < n && format.charAt(i) == '.') {
            i++;
            precision = 0;
            if (i < n && format.charAt(i) == '*') {
                precision = Math.max(0, starArg());
                i++;
            } else {
                for (; i < n && Character.isDigit(format.charAt(i)) && format.charAt(i) < 128; i++) {
                    precision = precision * 10 + (format.charAt(i) - '0');
                }
            }
        }
        while (i < n && (format.charAt(i) == 'h' || format.charAt(i) == 'l' || format.charAt(i) == 'L')) {
            i++;
        }
        if (i >= n) {
            throw PRaiseNode.raise(node, ValueError, "incomplete format");
        }
        char type = format.charAt(i++);
        String text;
        switch (type) {
            case 'c' -> text = character(nextArg());
            case 'd', 'i', 'u', 'x', 'X', 'o' -> text = integer(nextArg(), type, precision, plus, blank, alternate, zero && !left, width);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double value = realNumber(nextArg());
                String spec = (left ? "<" : "") + (plus ? "+" : blank ? " " : "") + (alternate ? "#" : "") + (zero && !left ? "0" : "") +
                                (width >= 0 ? Long.toString(width) : "") + "." + (precision >= 0 ? precision : 6) + type;
                text = SpecFormatter.formatFloat(node, value, spec);
            }
            default -> {
                // CPython takes the argument before it looks at the conversion character
                text = object(type, nextArg());
                if (text == null) {
                    throw unsupported(type, i - 1);
                }
                if (precision >= 0 && precision < StrBuiltins.length(text)) {
                    text = text.substring(0, text.offsetByCodePoints(0, (int) precision));
                }
            }
        }
        out.append(StrBuiltins.pad(text, width, ' ', left ? StrBuiltins.Alignment.LEFT : StrBuiltins.Alignment.RIGHT));
        return i;
    }

    private long starArg() {
        Object value = nextArg();
        if (!(value instanceof Long || value instanceof Boolean)) {
            throw PRaiseNode.raise(node, TypeError, "* wants int");
        }
        return ListBuiltins.asSize(node, value);
    }

    // mainformatlong and _PyUnicode_FormatLong: sign, 0x/0o prefix, digits padded to the precision
    private String integer(Object value, char type, long precision, boolean plus, boolean blank, boolean alternate, boolean zeroPad, long width) {
        BigInteger v;
        if (value instanceof Double d && (type == 'd' || type == 'i' || type == 'u')) {
            if (Double.isNaN(d)) {
                throw PRaiseNode.raise(node, ValueError, "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PRaiseNode.raise(node, OverflowError, "cannot convert float infinity to integer");
            }
            v = new BigDecimal(d).toBigInteger();
        } else {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                boolean decimal = type == 'd' || type == 'i' || type == 'u';
                throw PRaiseNode.raise(node, TypeError, "%%%c format: %s is required, not %s", type, decimal ? "a real number" : "an integer", typeName(value));
            }
            v = index instanceof PInt big ? big.getValue() : BigInteger.valueOf((Long) index);
        }
        int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
        String digits = radix == 10 ? PInt.decimal(v.abs()) : v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase(Locale.ROOT);
        }
        String sign = v.signum() < 0 ? "-" : plus ? "+" : blank ? " " : "";
        String prefix = alternate && radix != 10 ? "0" + type : "";
        StringBuilder sb = new StringBuilder(sign).append(prefix);
        long zeros = Math.max(precision - digits.length(), 0);
        if (zeroPad) {
            zeros = Math.max(zeros, width - sign.length() - prefix.length() - digits.length());
        }
        sb.repeat('0', (int) zeros);
        return sb.append(digits).toString();
    }

    /** The int or float value of an argument for %e, %f and %g, or null if it has none. */
    protected static Double floatOrNull(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            return null;
        }
        return index instanceof PInt big ? big.getValue().doubleValue() : (double) (Long) index;
    }

    /** {@code str % args} (PyUnicode_Format). */
    static final class ForStr extends PercentFormatter {
        ForStr(Node node, Object args) {
            super(node, args);
        }

        @Override
        protected boolean isSequenceOfFormat(Object value) {
            return value instanceof String;
        }

        @Override
        protected Object key(String key) {
            return key;
        }

        @Override
        protected String kind() {
            return "string";
        }

        @Override
        protected String object(char type, Object value) {
            return switch (type) {
                case 's' -> PyObjectStrNode.getUncached().execute(value);
                case 'r' -> PyObjectReprNode.getUncached().execute(value);
                case 'a' -> AsciiNode.ascii(PyObjectReprNode.getUncached().execute(value));
                default -> null;
            };
        }

        @Override
        protected String character(Object value) {
            if (value instanceof String s) {
                if (s.isEmpty() || s.length() != Character.charCount(s.codePointAt(0))) {
                    throw PRaiseNode.raise(node, TypeError, "%c requires int or char");
                }
                return s;
            }
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null || value instanceof Double) {
                throw PRaiseNode.raise(node, TypeError, "%c requires int or char");
            }
            if (!(index instanceof Long cp) || cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw PRaiseNode.raise(node, OverflowError, "%c arg not in range(0x110000)");
            }
            return Character.toString((int) (long) cp);
        }

        // PyNumber_Float, with float()'s messages
        @Override
        protected double realNumber(Object value) {
            Double d = floatOrNull(value);
            if (d == null) {
                throw PRaiseNode.raise(node, TypeError, "must be real number, not %s", typeName(value));
            }
            if (Double.isInfinite(d) && !(value instanceof Double)) {
                throw PRaiseNode.raise(node, OverflowError, "int too large to convert to float");
            }
            return d;
        }

        @Override
        protected RuntimeException unsupported(char type, int index) {
            return PRaiseNode.raise(node, ValueError, "unsupported format character '%c' (0x%x) at index %d", type, (int) type, index);
        }
    }

    /** {@code bytes % args} and {@code bytearray % args} (_PyBytes_FormatEx, PEP 461). */
    static final class ForBytes extends PercentFormatter {
        ForBytes(Node node, Object args) {
            super(node, args);
        }

        @TruffleBoundary
        static byte[] format(Node node, byte[] format, Object args) {
            String result = new ForBytes(node, args).render(new String(format, StandardCharsets.ISO_8859_1));
            return result.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        protected boolean isSequenceOfFormat(Object value) {
            return value instanceof PBytes || value instanceof PByteArray;
        }

        @Override
        protected Object key(String key) {
            return new PBytes(key.getBytes(StandardCharsets.ISO_8859_1));
        }

        @Override
        protected String kind() {
            return "bytes";
        }

        // PEP 461 keeps %r only as an alias of %a, for code shared with Python 2
        @Override
        protected String object(char type, Object value) {
            return switch (type) {
                case 's', 'b' -> latin1(bytesOf(value));
                case 'r', 'a' -> AsciiNode.ascii(PyObjectReprNode.getUncached().execute(value));
                default -> null;
            };
        }

        // format_obj: bytes and bytearray, then __bytes__, then any buffer exporter
        private byte[] bytesOf(Object value) {
            if (value instanceof PBytes || value instanceof PByteArray) {
                return ByteSource.contentsOrNull(value);
            }
            PBytes converted = ByteSource.fromDunderBytesOrNull(node, value);
            if (converted != null) {
                return converted.getBytes();
            }
            byte[] contents = ByteSource.contentsOrNull(value);
            if (contents == null) {
                throw PRaiseNode.raise(node, TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(value));
            }
            return contents;
        }

        // byte_converter
        @Override
        protected String character(Object value) {
            if (value instanceof PBytes || value instanceof PByteArray) {
                byte[] bytes = ByteSource.contentsOrNull(value);
                if (bytes.length == 1) {
                    return latin1(bytes);
                }
            } else if (!(value instanceof Double)) {
                Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
                if (index != null) {
                    if (!(index instanceof Long b) || b < 0 || b > 255) {
                        throw PRaiseNode.raise(node, OverflowError, "%c arg not in range(256)");
                    }
                    return Character.toString((char) (long) b);
                }
            }
            throw PRaiseNode.raise(node, TypeError, "%c requires an integer in range(256) or a single byte");
        }

        // PyFloat_AsDouble, whose every failure, too large an int included, becomes this TypeError
        @Override
        protected double realNumber(Object value) {
            Double d = floatOrNull(value);
            if (d == null || Double.isInfinite(d) && !(value instanceof Double)) {
                throw PRaiseNode.raise(node, TypeError, "float argument required, not %s", typeName(value));
            }
            return d;
        }

        // CPython passes the conversion character as a signed char: a non-ASCII one is negative
        @Override
        protected RuntimeException unsupported(char type, int index) {
            if (type > 127) {
                return PRaiseNode.raise(node, OverflowError, "character argument not in range(0x110000)");
            }
            return PRaiseNode.raise(node, ValueError, "unsupported format character '%c' (0x%x) at index %d", type, (int) type, index);
        }

        private static String latin1(byte[] bytes) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
