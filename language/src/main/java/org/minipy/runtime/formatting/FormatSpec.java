package org.minipy.runtime.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * A parsed format specification, {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}
 * (Python/formatter_unicode.c, parse_internal_render_format_spec), and the layout of a formatted
 * number or string in its field (calc_number_widths, fill_number).
 */
public final class FormatSpec {
    /** No thousands separator, ',' or '_' every 3 digits, or '_' every 4 (for b, o, x, X). */
    enum Grouping {
        NONE,
        COMMA,
        UNDERSCORE,
        UNDERSCORE_FOUR
    }

    int fill = ' ';
    /** One of {@code < > = ^}, or 0 when the spec gives none (then the value's kind decides). */
    char align;
    /** One of {@code + - space}, or 0. */
    char sign;
    boolean noNegativeZero;
    boolean alternate;
    int width = -1;
    Grouping grouping = Grouping.NONE;
    int precision = -1;
    char type;

    private FormatSpec() {
    }

    /**
     * @param defaultType the type when the spec has none ('s' for str, 'd' for int, 0 for float)
     * @param defaultAlign '<' for str, '>' for numbers
     */
    @TruffleBoundary
    static FormatSpec parse(Node location, String spec, char defaultType, char defaultAlign, String typeName) {
        FormatSpec f = new FormatSpec();
        f.type = defaultType;
        int[] cps = spec.codePoints().toArray();
        int end = cps.length;
        int pos = 0;
        boolean fillGiven = false;
        boolean alignGiven = false;
        if (end - pos >= 2 && isAlignment(cps[pos + 1])) {
            f.align = (char) cps[pos + 1];
            f.fill = cps[pos];
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlignment(cps[pos])) {
            f.align = (char) cps[pos];
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            f.sign = (char) cps[pos++];
        }
        if (end - pos >= 1 && cps[pos] == 'z') {
            f.noNegativeZero = true;
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == '#') {
            f.alternate = true;
            pos++;
        }
        // the '0' flag: zero fill between the sign and the digits, unless a fill was given
        if (!fillGiven && end - pos >= 1 && cps[pos] == '0') {
            f.fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                f.align = '=';
            }
            pos++;
        }
        int start = pos;
        pos = readInteger(location, cps, pos);
        if (pos > start) {
            f.width = integerValue(cps, start, pos);
        }
        if (pos < end && cps[pos] == ',') {
            f.grouping = Grouping.COMMA;
            pos++;
        }
        if (pos < end && cps[pos] == '_') {
            if (f.grouping != Grouping.NONE) {
                throw PRaiseNode.raise(location, ValueError, "Cannot specify both ',' and '_'.");
            }
            f.grouping = Grouping.UNDERSCORE;
            pos++;
        }
        if (pos < end && cps[pos] == ',' && f.grouping == Grouping.UNDERSCORE) {
            throw PRaiseNode.raise(location, ValueError, "Cannot specify both ',' and '_'.");
        }
        if (pos < end && cps[pos] == '.') {
            pos++;
            start = pos;
            pos = readInteger(location, cps, pos);
            if (pos == start) {
                throw PRaiseNode.raise(location, ValueError, "Format specifier missing precision");
            }
            f.precision = integerValue(cps, start, pos);
        }
        if (end - pos > 1) {
            throw PRaiseNode.raise(location, ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        if (end - pos == 1) {
            f.type = (char) cps[pos];
        }
        if (f.grouping != Grouping.NONE) {
            f.checkGroupingType(location);
        }
        return f;
    }

    private void checkGroupingType(Node location) {
        switch (type) {
            case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                return;
            case 'b', 'o', 'x', 'X':
                // PEP 515: '_' separates every four digits in binary, octal and hex
                if (grouping == Grouping.UNDERSCORE) {
                    grouping = Grouping.UNDERSCORE_FOUR;
                    return;
                }
                break;
            default:
                break;
        }
        char separator = grouping == Grouping.COMMA ? ',' : '_';
        if (type >= 0x20 && type < 0x7f) {
            throw PRaiseNode.raise(location, ValueError, "Cannot specify '%c' with '%c'.", separator, type);
        }
        throw PRaiseNode.raise(location, ValueError, "Cannot specify '%c' with '\\x%x'.", separator, (int) type);
    }

    private static boolean isAlignment(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Skips decimal digits, refusing more than a Py_ssize_t can hold (get_integer). */
    private static int readInteger(Node location, int[] cps, int pos) {
        int start = pos;
        while (pos < cps.length && cps[pos] >= '0' && cps[pos] <= '9') {
            pos++;
            if (pos - start > 18) {
                throw PRaiseNode.raise(location, ValueError, "Too many decimal digits in format string");
            }
        }
        return pos;
    }

    private static int integerValue(int[] cps, int start, int end) {
        long v = 0;
        for (int i = start; i < end; i++) {
            v = v * 10 + (cps[i] - '0');
        }
        // wider fields than this could never be built in memory anyway
        return (int) Math.min(v, Integer.MAX_VALUE - 16);
    }

    /**
     * Lays out a number: {@code negative} and the digits of its integer part (without sign),
     * {@code prefix} (0x...), {@code rest} (decimal point, fraction, exponent, '%'), applying the sign
     * option, the grouping (which also zero-fills when the fill is '0' with '=' alignment, as
     * _PyUnicode_InsertThousandsGrouping does), and the padding.
     */
    @TruffleBoundary
    String layoutNumber(boolean negative, String prefix, String digits, String rest) {
        String signText = negative ? "-" : (sign == '+' ? "+" : (sign == ' ' ? " " : ""));
        char effectiveAlign = align == 0 ? '>' : align;
        int minWidth = 0;
        if (fill == '0' && effectiveAlign == '=') {
            minWidth = width - (signText.length() + prefix.length() + rest.length());
        }
        String grouped = group(digits, minWidth);
        return pad(signText + prefix, grouped + rest, effectiveAlign);
    }

    /** Lays out a string: left-aligned unless the spec says otherwise. */
    @TruffleBoundary
    String layoutString(String text) {
        return pad("", text, align == 0 ? '<' : align);
    }

    private String pad(String head, String body, char effectiveAlign) {
        int length = head.codePointCount(0, head.length()) + body.codePointCount(0, body.length());
        int padding = Math.max(0, width - length);
        if (padding == 0) {
            return head + body;
        }
        String fillText = Character.toString(fill);
        StringBuilder sb = new StringBuilder();
        switch (effectiveAlign) {
            case '<' -> sb.append(head).append(body).append(fillText.repeat(padding));
            case '^' -> sb.append(fillText.repeat(padding / 2)).append(head).append(body).append(fillText.repeat(padding - padding / 2));
            case '=' -> sb.append(head).append(fillText.repeat(padding)).append(body);
            default -> sb.append(fillText.repeat(padding)).append(head).append(body);
        }
        return sb.toString();
    }

    // _PyUnicode_InsertThousandsGrouping: groups from the right, zero-filling up to minWidth
    private String group(String digits, int minWidth) {
        if (digits.isEmpty()) {
            // only %c output has no digits; it is never grouped or zero-filled
            return digits;
        }
        int groupSize = switch (grouping) {
            case NONE -> 0;
            case UNDERSCORE_FOUR -> 4;
            default -> 3;
        };
        String separator = grouping == Grouping.COMMA ? "," : "_";
        StringBuilder out = new StringBuilder();
        int remaining = digits.length();
        int min = minWidth;
        boolean useSeparator = false;
        boolean done = false;
        if (groupSize > 0) {
            while (true) {
                int len = Math.min(groupSize, Math.max(Math.max(remaining, min), 1));
                int zeros = Math.max(0, len - remaining);
                int chars = Math.max(0, Math.min(remaining, len));
                if (useSeparator) {
                    out.insert(0, separator);
                }
                out.insert(0, digits, remaining - chars, remaining);
                out.insert(0, "0".repeat(zeros));
                useSeparator = true;
                remaining -= chars;
                min -= len;
                if (remaining <= 0 && min <= 0) {
                    done = true;
                    break;
                }
                min -= separator.length();
            }
        }
        if (!done) {
            int len = Math.max(Math.max(remaining, min), 1);
            int zeros = Math.max(0, len - remaining);
            int chars = Math.max(0, Math.min(remaining, len));
            if (useSeparator) {
                out.insert(0, separator);
            }
            out.insert(0, digits, remaining - chars, remaining);
            out.insert(0, "0".repeat(zeros));
        }
        return out.toString();
    }
}
