package org.minipy.runtime.formatting;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PInt;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * {@code format(value, spec)} for str, int and float with a non-empty spec (Python/formatter_unicode.c:
 * format_string_internal, format_long_internal, format_float_internal). Float digits come from the
 * exact binary value rounded half-even in BigDecimal, which gives the correctly rounded results that
 * CPython's dtoa gives ({@code format(2.675, '.2f')} is '2.67').
 */
public final class SpecFormatter {
    private static final int DEFAULT_PRECISION = 6;

    private SpecFormatter() {
    }

    @TruffleBoundary
    public static String formatString(Node location, String value, String spec) {
        FormatSpec f = FormatSpec.parse(location, spec, 's', '<', "str");
        if (f.type != 's') {
            throw unknownCode(location, f.type, "str");
        }
        if (f.sign != 0) {
            throw PRaiseNode.raise(location, ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                            : "Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw PRaiseNode.raise(location, ValueError, "Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PRaiseNode.raise(location, ValueError, "Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PRaiseNode.raise(location, ValueError, "'=' alignment not allowed in string format specifier");
        }
        String text = value;
        if (f.precision >= 0 && value.codePointCount(0, value.length()) > f.precision) {
            text = value.substring(0, value.offsetByCodePoints(0, f.precision));
        }
        return f.layoutString(text);
    }

    /** {@code value} is a Long, Boolean or PInt. */
    @TruffleBoundary
    public static String formatInt(Node location, Object value, String spec, String typeName) {
        FormatSpec f = FormatSpec.parse(location, spec, 'd', '>', typeName);
        switch (f.type) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatIntDigits(location, IntMath.big(value), f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return formatFloat(location, IntMath.toDouble(location, value), f);
            default:
                throw unknownCode(location, f.type, typeName);
        }
    }

    @TruffleBoundary
    public static String formatFloat(Node location, double value, String spec) {
        FormatSpec f = FormatSpec.parse(location, spec, (char) 0, '>', "float");
        switch (f.type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return formatFloat(location, value, f);
            default:
                throw unknownCode(location, f.type, "float");
        }
    }

    private static RuntimeException unknownCode(Node location, char type, String typeName) {
        if (type > 32 && type < 128) {
            return PRaiseNode.raise(location, ValueError, "Unknown format code '%c' for object of type '%s'", type, typeName);
        }
        return PRaiseNode.raise(location, ValueError, "Unknown format code '\\x%x' for object of type '%s'", (int) type, typeName);
    }

    // format_long_internal
    private static String formatIntDigits(Node location, BigInteger value, FormatSpec f) {
        if (f.precision >= 0) {
            throw PRaiseNode.raise(location, ValueError, "Precision not allowed in integer format specifier");
        }
        if (f.noNegativeZero) {
            throw PRaiseNode.raise(location, ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type == 'c') {
            if (f.sign != 0) {
                throw PRaiseNode.raise(location, ValueError, "Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate) {
                throw PRaiseNode.raise(location, ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (value.bitLength() > 63) {
                throw PRaiseNode.raise(location, OverflowError, "Python int too large to convert to C long");
            }
            if (value.signum() < 0 || value.longValue() > Character.MAX_CODE_POINT) {
                throw PRaiseNode.raise(location, OverflowError, "%c arg not in range(0x110000)");
            }
            return f.layoutNumber(false, "", "", Character.toString(value.intValue()));
        }
        int radix;
        String prefix;
        switch (f.type) {
            case 'b' -> {
                radix = 2;
                prefix = "0b";
            }
            case 'o' -> {
                radix = 8;
                prefix = "0o";
            }
            case 'x' -> {
                radix = 16;
                prefix = "0x";
            }
            case 'X' -> {
                radix = 16;
                prefix = "0X";
            }
            default -> {
                radix = 10;
                prefix = "";
            }
        }
        String digits = radix == 10 ? PInt.decimal(value.abs()) : value.abs().toString(radix);
        if (f.type == 'X') {
            digits = digits.toUpperCase();
        }
        return f.layoutNumber(value.signum() < 0, f.alternate ? prefix : "", digits, "");
    }

    // format_float_internal
    private static String formatFloat(Node location, double value, FormatSpec f) {
        char type = f.type;
        int precision = f.precision;
        boolean addDotZero = false;
        boolean percent = false;
        double v = value;
        if (type == 0) {
            // like repr without a precision, else like 'g' but keeping a digit after the point
            addDotZero = true;
            type = precision < 0 ? 'r' : 'g';
        } else if (type == 'n') {
            type = 'g';
        } else if (type == '%') {
            type = 'f';
            v *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = DEFAULT_PRECISION;
        }
        boolean negative = !Double.isNaN(v) && (v < 0 || (v == 0 && 1 / v < 0));
        String body = digitsOf(Math.abs(v), type, precision, f.alternate, addDotZero);
        if (negative && f.noNegativeZero && isZero(body)) {
            negative = false;
        }
        if (percent) {
            body += "%";
        }
        int split = 0;
        if (Double.isInfinite(v) || Double.isNaN(v)) {
            split = body.length() - (percent ? 1 : 0);
        } else {
            // parse_number: the integer digits come first; grouping and zero fill apply to them only
            while (split < body.length() && body.charAt(split) >= '0' && body.charAt(split) <= '9') {
                split++;
            }
        }
        return f.layoutNumber(negative, "", body.substring(0, split), body.substring(split));
    }

    /** True if every digit of the mantissa is 0 (the exponent does not count). */
    private static boolean isZero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    /** PyOS_double_to_string of a non-negative value, without sign. */
    private static String digitsOf(double v, char type, int precision, boolean alternate, boolean addDotZero) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(v)) {
            return upper ? "NAN" : "nan";
        }
        if (Double.isInfinite(v)) {
            return upper ? "INF" : "inf";
        }
        return switch (type) {
            case 'r' -> alternate ? withPoint(FloatFormatter.repr(v)) : FloatFormatter.repr(v);
            case 'f', 'F' -> fixed(new BigDecimal(v), precision, alternate);
            case 'e', 'E' -> exponent(v, precision, alternate, upper);
            default -> general(v, precision == 0 ? 1 : precision, alternate, upper, addDotZero);
        };
    }

    /** The alternate form of repr's digits: a decimal point even before an exponent ('1.e-05'). */
    private static String withPoint(String repr) {
        int e = repr.indexOf('e');
        return e < 0 || repr.indexOf('.') >= 0 ? repr : repr.substring(0, e) + "." + repr.substring(e);
    }

    private static String fixed(BigDecimal v, int precision, boolean alternate) {
        String s = v.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return precision == 0 && alternate ? s + "." : s;
    }

    /** The decimal digits of v rounded to {@code significant} digits, and the exponent of the first. */
    private record Digits(String digits, int exponent) {
    }

    private static Digits significant(double v, int significant) {
        if (v == 0) {
            return new Digits("0".repeat(significant), 0);
        }
        BigDecimal rounded = new BigDecimal(v).round(new MathContext(significant, RoundingMode.HALF_EVEN));
        String digits = rounded.unscaledValue().toString();
        int exponent = digits.length() - 1 - rounded.scale();
        if (digits.length() < significant) {
            digits = digits + "0".repeat(significant - digits.length());
        } else if (digits.length() > significant) {
            digits = digits.substring(0, significant);
        }
        return new Digits(digits, exponent);
    }

    private static String exponent(double v, int precision, boolean alternate, boolean upper) {
        Digits d = significant(v, precision + 1);
        return mantissa(d.digits, precision > 0 || alternate) + exponentSuffix(d.exponent, upper);
    }

    private static String mantissa(String digits, boolean point) {
        return point ? digits.charAt(0) + "." + digits.substring(1) : digits.substring(0, 1);
    }

    private static String exponentSuffix(int exponent, boolean upper) {
        int abs = Math.abs(exponent);
        return (upper ? "E" : "e") + (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" : "") + abs;
    }

    // the 'g' rule: scientific when the exponent is < -4 or >= the precision
    private static String general(double v, int precision, boolean alternate, boolean upper, boolean addDotZero) {
        Digits d = significant(v, precision);
        String text;
        // format_float_short: without a type, a value that would need ".0" to look like a float goes scientific
        boolean scientific = d.exponent < -4 || d.exponent >= (addDotZero ? precision - 1 : precision);
        if (scientific) {
            String m = mantissa(d.digits, precision > 1 || alternate);
            text = (alternate ? m : stripZeros(m)) + exponentSuffix(d.exponent, upper);
        } else {
            BigDecimal exact = new BigDecimal(new BigInteger(d.digits), precision - 1 - d.exponent);
            String plain = exact.toPlainString();
            if (alternate && plain.indexOf('.') < 0) {
                plain += ".";
            }
            text = alternate ? plain : stripZeros(plain);
            if (addDotZero && text.indexOf('.') < 0) {
                text += ".0";
            }
        }
        return text;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
