package org.minipy.runtime.formatting;

import java.math.BigDecimal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * float repr as CPython's {@code float_repr} ('r' format of {@code PyOS_double_to_string}): the
 * shortest digits that round-trip (Java's {@link Double#toString} finds the same digits), in
 * positional notation for decimal exponents -4 <= e < 16 and scientific notation otherwise.
 */
public final class FloatFormatter {
    private FloatFormatter() {
    }

    /**
     * The shortest decimal that reads back as the value, correctly rounded (David Gay's mode 0).
     * Java's Double.toString may give two digits where one suffices (4.9E-324 for 5e-324).
     */
    private static BigDecimal shortestDigits(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal nearest = exact.round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == value) {
                return nearest.stripTrailingZeros();
            }
            // at a power of two the neighbours are not equally far: the other side may still read back
            java.math.RoundingMode away = nearest.compareTo(exact) < 0 ? java.math.RoundingMode.CEILING : java.math.RoundingMode.FLOOR;
            BigDecimal other = exact.round(new java.math.MathContext(digits, away));
            if (other.doubleValue() == value) {
                return other.stripTrailingZeros();
            }
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    @TruffleBoundary
    public static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortestDigits(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        // decimal exponent of the first digit: value = 0.d1d2... * 10^(exp+1)
        int exp = digits.length() - 1 - shortest.scale();
        StringBuilder sb = new StringBuilder();
        if (value < 0) {
            sb.append('-');
        }
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int absExp = Math.abs(exp);
            if (absExp < 10) {
                sb.append('0');
            }
            sb.append(absExp);
        } else if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (digits.length() <= exp + 1) {
            sb.append(digits);
            for (int i = digits.length(); i <= exp; i++) {
                sb.append('0');
            }
            sb.append(".0");
        } else {
            sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
        }
        return sb.toString();
    }
}
