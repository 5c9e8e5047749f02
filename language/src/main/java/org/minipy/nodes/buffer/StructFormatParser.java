package org.minipy.nodes.buffer;

import static org.minipy.runtime.PythonBuiltinClassType.StructError;
import static org.minipy.runtime.PythonBuiltinClassType.UnicodeEncodeError;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.types.UnicodeErrors;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.StructLayout;

/**
 * Parses a struct format string into a {@link StructLayout}: Struct___init___impl, prepare_s,
 * whichtable, getentry and align of Modules/_struct.c, with their errors in the same order.
 */
public final class StructFormatParser {
    /** The format characters struct knows (array's 'u' and 'w' are not among them). */
    private static final String STRUCT_CODES = "xcbB?hHiIlLqQnNefdspP";
    private static final boolean NATIVE_BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;
    private static final long SSIZE_MAX = Long.MAX_VALUE;

    private StructFormatParser() {
    }

    /** Parses a str or bytes format; the caller has checked its type. */
    @TruffleBoundary
    public static StructLayout parse(Node location, Object format) {
        byte[] fmt = format instanceof PBytes b ? b.getBytes() : encodeAscii(location, (String) format);
        for (byte b : fmt) {
            if (b == 0) {
                throw error(location, "embedded null character");
            }
        }
        return parse(location, fmt);
    }

    private static StructLayout parse(Node location, byte[] fmt) {
        int pos = 0;
        boolean nativeMode = true;
        boolean bigEndian = NATIVE_BIG_ENDIAN;
        // whichtable: only the first character selects the byte order
        if (fmt.length > 0) {
            switch (fmt[0]) {
                case '@' -> pos = 1;
                case '=' -> {
                    nativeMode = false;
                    pos = 1;
                }
                case '<' -> {
                    nativeMode = false;
                    bigEndian = false;
                    pos = 1;
                }
                case '>', '!' -> {
                    nativeMode = false;
                    bigEndian = true;
                    pos = 1;
                }
                default -> {
                }
            }
        }
        List<FormatCode> codes = new ArrayList<>();
        List<long[]> placement = new ArrayList<>();
        long size = 0;
        long itemCount = 0;
        while (pos < fmt.length) {
            char c = (char) (fmt[pos++] & 0xff);
            if (isSpace(c)) {
                continue;
            }
            long num = 1;
            if (isDigit(c)) {
                num = c - '0';
                while (pos < fmt.length && isDigit((char) fmt[pos])) {
                    int digit = fmt[pos++] - '0';
                    if (num >= SSIZE_MAX / 10 && (num > SSIZE_MAX / 10 || digit > SSIZE_MAX % 10)) {
                        throw tooLong(location);
                    }
                    num = num * 10 + digit;
                }
                if (pos == fmt.length) {
                    throw error(location, "repeat count given without format specifier");
                }
                c = (char) (fmt[pos++] & 0xff);
            }
            FormatCode code = entry(location, c, nativeMode);
            int itemSize = nativeMode ? code.nativeSize : code.standardSize;
            size = align(location, size, nativeMode ? itemSize : 1);
            if (num > (SSIZE_MAX - size) / itemSize) {
                throw tooLong(location);
            }
            if (code == FormatCode.STRING || code == FormatCode.PASCAL) {
                itemCount++;
                codes.add(code);
                placement.add(new long[]{size, num, 1});
            } else if (code != FormatCode.PAD) {
                itemCount += num;
                if (num != 0) {
                    codes.add(code);
                    placement.add(new long[]{size, itemSize, num});
                }
            }
            size += num * itemSize;
        }
        return build(fmt, nativeMode, bigEndian, size, itemCount, codes, placement);
    }

    private static StructLayout build(byte[] fmt, boolean nativeMode, boolean bigEndian, long size, long itemCount, List<FormatCode> codes,
                    List<long[]> placement) {
        String format = new String(fmt, StandardCharsets.US_ASCII);
        if (size > StructLayout.MAX_ARRAY_SIZE) {
            return new StructLayout(format, nativeMode, bigEndian, size, itemCount, new FormatCode[0], new int[0], new int[0], new int[0]);
        }
        int n = codes.size();
        int[] offsets = new int[n];
        int[] sizes = new int[n];
        int[] repeats = new int[n];
        for (int i = 0; i < n; i++) {
            long[] p = placement.get(i);
            offsets[i] = (int) p[0];
            sizes[i] = (int) p[1];
            repeats[i] = (int) p[2];
        }
        return new StructLayout(format, nativeMode, bigEndian, size, itemCount, codes.toArray(new FormatCode[n]), offsets, sizes, repeats);
    }

    // getentry
    private static FormatCode entry(Node location, char c, boolean nativeMode) {
        FormatCode code = STRUCT_CODES.indexOf(c) >= 0 ? FormatCode.fromChar(c) : null;
        if (code == null || (!nativeMode && code.standardSize < 0)) {
            throw error(location, "bad char in struct format");
        }
        return code;
    }

    /** Pads {@code size} to a multiple of the native alignment, which on x86-64 is the item size. */
    private static long align(Node location, long size, int alignment) {
        if (alignment > 1 && size > 0) {
            long extra = (alignment - 1) - (size - 1) % alignment;
            if (extra > SSIZE_MAX - size) {
                throw tooLong(location);
            }
            return size + extra;
        }
        return size;
    }

    /** Py_ISSPACE: the C locale's white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** PyUnicode_AsASCIIString, raising the ascii codec's UnicodeEncodeError for the first run of non-ASCII characters. */
    private static byte[] encodeAscii(Node location, String s) {
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] >= 128) {
                int end = i + 1;
                while (end < cps.length && cps[end] >= 128) {
                    end++;
                }
                throw PRaiseNode.raise(location, UnicodeErrors.create(UnicodeEncodeError, "ascii", s, i, end, "ordinal not in range(128)"));
            }
        }
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static PException tooLong(Node location) {
        return error(location, "total struct size too long");
    }

    private static PException error(Node location, String message) {
        return PRaiseNode.raise(location, StructError, message);
    }
}
