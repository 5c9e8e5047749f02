package org.minipy.builtins.types;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.LookupError;
import static org.minipy.runtime.PythonBuiltinClassType.UnicodeDecodeError;
import static org.minipy.runtime.PythonBuiltinClassType.UnicodeEncodeError;

/**
 * The codecs minipy has, utf-8, ascii and latin-1, with CPython's error handlers (strict, ignore,
 * replace, backslashreplace, surrogateescape, and xmlcharrefreplace for encoding) and messages
 * (Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c). Positions are code points.
 */
public final class TextCodecs {
    private enum Codec {
        UTF_8("utf-8", 0),
        ASCII("ascii", 128),
        LATIN_1("latin-1", 256);

        final String pythonName;
        /** For the one-byte codecs: the first code point they cannot represent. */
        final int limit;

        Codec(String pythonName, int limit) {
            this.pythonName = pythonName;
            this.limit = limit;
        }
    }

    private TextCodecs() {
    }

    /** {@code bytes.decode(encoding, errors)}: the first {@code length} bytes as text. */
    @TruffleBoundary
    public static String decode(Node node, byte[] bytes, int length, String encoding, String errors) {
        Codec codec = lookup(node, encoding);
        StringBuilder sb = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80 || codec == Codec.LATIN_1) {
                sb.append((char) b);
                i++;
                continue;
            }
            int end;
            String reason;
            if (codec == Codec.ASCII) {
                end = i + 1;
                reason = "ordinal not in range(128)";
            } else {
                int[] decoded = new int[2];
                reason = decodeUtf8Sequence(bytes, length, i, decoded);
                if (reason == null) {
                    sb.appendCodePoint(decoded[0]);
                    i += decoded[1];
                    continue;
                }
                end = i + decoded[1];
            }
            handleDecodeError(node, codec, errors, bytes, length, i, end, reason, sb);
            i = end;
        }
        return sb.toString();
    }

    /**
     * One UTF-8 sequence at {@code start}: null and {code point, length}, or the reason it is invalid and,
     * in {@code result[1]}, the length of the maximal invalid subpart (as CPython's utf8_decode reports it).
     */
    private static String decodeUtf8Sequence(byte[] bytes, int length, int start, int[] result) {
        int b0 = bytes[start] & 0xff;
        int need;
        int low = 0x80;
        int high = 0xbf;
        if (b0 >= 0xc2 && b0 <= 0xdf) {
            need = 1;
        } else if (b0 >= 0xe0 && b0 <= 0xef) {
            need = 2;
            low = b0 == 0xe0 ? 0xa0 : 0x80;
            high = b0 == 0xed ? 0x9f : 0xbf;
        } else if (b0 >= 0xf0 && b0 <= 0xf4) {
            need = 3;
            low = b0 == 0xf0 ? 0x90 : 0x80;
            high = b0 == 0xf4 ? 0x8f : 0xbf;
        } else {
            result[1] = 1;
            return "invalid start byte";
        }
        int cp = b0 & (0x3f >> need);
        for (int k = 1; k <= need; k++) {
            if (start + k >= length) {
                result[1] = length - start;
                return "unexpected end of data";
            }
            int b = bytes[start + k] & 0xff;
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xbf)) {
                result[1] = k;
                return "invalid continuation byte";
            }
            cp = (cp << 6) | (b & 0x3f);
        }
        result[0] = cp;
        result[1] = need + 1;
        return null;
    }

    private static void handleDecodeError(Node node, Codec codec, String errors, byte[] bytes, int length, int start, int end, String reason,
                    StringBuilder sb) {
        switch (errors) {
            case "strict" -> {
                byte[] object = java.util.Arrays.copyOf(bytes, length);
                throw PRaiseNode.raise(node, UnicodeErrors.create(UnicodeDecodeError, codec.pythonName, new PBytes(object), start, end, reason));
            }
            case "ignore" -> {
            }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", bytes[k] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xdc00 + (bytes[k] & 0xff)));
                }
            }
            default -> throw unknownErrorHandler(node, errors);
        }
    }

    /** {@code str.encode(encoding, errors)}. */
    @TruffleBoundary
    public static byte[] encode(Node node, String text, String encoding, String errors) {
        Codec codec = lookup(node, encoding);
        if (codec == Codec.UTF_8 && !hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int[] cps = text.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (codec == Codec.UTF_8 ? !isSurrogate(cp) : cp < codec.limit) {
                if (codec == Codec.UTF_8) {
                    out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(cp);
                }
                i++;
                continue;
            }
            // the error covers the whole run of unencodable characters, as CPython's encoders report it
            int end = i + 1;
            while (end < cps.length && (codec == Codec.UTF_8 ? isSurrogate(cps[end]) : cps[end] >= codec.limit)) {
                end++;
            }
            handleEncodeError(node, codec, errors, text, cps, i, end, out);
            i = end;
        }
        return out.toByteArray();
    }

    private static void handleEncodeError(Node node, Codec codec, String errors, String text, int[] cps, int start, int end, ByteArrayOutputStream out) {
        String reason = codec == Codec.UTF_8 ? "surrogates not allowed" : "ordinal not in range(" + codec.limit + ")";
        switch (errors) {
            case "strict" -> throw encodeError(node, codec, text, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> {
                for (int k = start; k < end; k++) {
                    out.write('?');
                }
            }
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    int cp = cps[k];
                    String escape = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                    out.writeBytes(escape.getBytes(StandardCharsets.US_ASCII));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    out.writeBytes(("&#" + cps[k] + ";").getBytes(StandardCharsets.US_ASCII));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    int cp = cps[k];
                    if (cp < 0xdc80 || cp > 0xdcff) {
                        throw encodeError(node, codec, text, k, k + 1, reason);
                    }
                    out.write(cp - 0xdc00);
                }
            }
            default -> throw unknownErrorHandler(node, errors);
        }
    }

    private static RuntimeException encodeError(Node node, Codec codec, String text, int start, int end, String reason) {
        return PRaiseNode.raise(node, UnicodeErrors.create(UnicodeEncodeError, codec.pythonName, text, start, end, reason));
    }

    /**
     * A UnicodeError whose str() is its message; the attributes CPython's has are set too (its args,
     * five values formatted by UnicodeEncodeError_str, are the one difference).
     */
    private static RuntimeException unknownErrorHandler(Node node, String errors) {
        return PRaiseNode.raise(node, LookupError, "unknown error handler name '%s'", errors);
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                int cp = text.codePointAt(i);
                if (isSurrogate(cp)) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xd800 && cp <= 0xdfff;
    }

    // encodings.normalize_encoding and the aliases of encodings.aliases for the codecs minipy has
    private static Codec lookup(Node node, String encoding) {
        String name = encoding.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "_");
        return switch (name) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> Codec.UTF_8;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                            "iso646_us", "iso_646.irv_1991", "iso_ir_6" ->
                Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1_1987",
                            "csisolatin1", "ibm819" ->
                Codec.LATIN_1;
            default -> throw PRaiseNode.raise(node, LookupError, "unknown encoding: %s", encoding);
        };
    }
}
