package org.minipy.parser;

import java.io.ByteArrayOutputStream;

/**
 * Escape decoding of string and bytes literal bodies, as CPython's unicode_escape and
 * escape_decode codecs do it. Unknown escapes keep their backslash (CPython only warns).
 */
final class StringLiterals {

    private StringLiterals() {
    }

    /** A decoding failure, with CPython's message. */
    static final class DecodeError extends Exception {
        private static final long serialVersionUID = 1L;

        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    static String decodeStr(String body) throws DecodeError {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> sb.append(e);
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + body.charAt(i++) - '0';
                    }
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    for (int k = 0; k < digits; k++) {
                        int d = i < n ? Character.digit(body.charAt(i), 16) : -1;
                        if (d < 0) {
                            String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                            throw unicodeError(start, i, "truncated " + what + " escape");
                        }
                        v = v * 16 + d;
                        i++;
                    }
                    if (v > Character.MAX_CODE_POINT || v < 0) {
                        throw unicodeError(start, i, "illegal Unicode character");
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = i < n && body.charAt(i) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(start, Math.min(i, n), "malformed \\N character escape");
                    }
                    int cp;
                    try {
                        cp = Character.codePointOf(body.substring(i + 1, close));
                    } catch (IllegalArgumentException ex) {
                        throw unicodeError(start, close + 1, "unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> {
                    sb.append('\\').append(e);
                }
            }
        }
        return sb.toString();
    }

    private static DecodeError unicodeError(int start, int end, String what) {
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start + "-"
                        + (end - 1) + ": " + what);
    }

    /** Decodes an ASCII-only bytes literal body; raw bodies are taken as they are. */
    static byte[] decodeBytes(String body, boolean raw) throws DecodeError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                i++;
                continue;
            }
            int start = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        v = v * 8 + body.charAt(i++) - '0';
                    }
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int hi = i < n ? Character.digit(body.charAt(i), 16) : -1;
                    int lo = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}
