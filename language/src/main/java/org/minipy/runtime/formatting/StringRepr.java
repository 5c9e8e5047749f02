package org.minipy.runtime.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** repr of str and bytes, as CPython's {@code unicode_repr} and {@code PyBytes_Repr}. */
public final class StringRepr {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StringRepr() {
    }

    @TruffleBoundary
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length();) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                appendHex(sb, "\\x", cp, 2);
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                appendHex(sb, "\\x", cp, 2);
            } else if (cp <= 0xffff) {
                appendHex(sb, "\\u", cp, 4);
            } else {
                appendHex(sb, "\\U", cp, 8);
            }
        }
        return sb.append(quote).toString();
    }

    /** str.isprintable for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, nor Zs other than space. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                            Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void appendHex(StringBuilder sb, String prefix, int value, int digits) {
        sb.append(prefix);
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xf]);
        }
    }

    /** The b'...' form of the first {@code length} bytes. */
    @TruffleBoundary
    public static String bytesRepr(byte[] bytes, int length) {
        return bytesRepr(bytes, length, false);
    }

    /** bytearray's repr escapes {@code '} even inside double quotes, which bytes' does not. */
    public static String byteArrayRepr(byte[] bytes, int length) {
        return "bytearray(" + bytesRepr(bytes, length, true) + ")";
    }

    private static String bytesRepr(byte[] bytes, int length, boolean escapeSingle) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            hasSingle |= bytes[i] == '\'';
            hasDouble |= bytes[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder(length + 3);
        sb.append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xff;
            if (b == quote || b == '\\' || escapeSingle && b == '\'') {
                sb.append('\\').append((char) b);
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\r') {
                sb.append("\\r");
            } else if (b < ' ' || b >= 0x7f) {
                appendHex(sb, "\\x", b, 2);
            } else {
                sb.append((char) b);
            }
        }
        return sb.append(quote).toString();
    }
}
