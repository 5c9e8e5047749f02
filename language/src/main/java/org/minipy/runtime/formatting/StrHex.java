package org.minipy.runtime.formatting;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectSizeNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PNone;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * _Py_strhex_with_sep (Python/pystrhex.c), the {@code hex(sep, bytes_per_sep)} of bytes, bytearray and
 * memoryview: two hex digits a byte, with {@code sep} between groups of {@code bytes_per_sep} bytes
 * counted from the right when positive, from the left when negative.
 */
public final class StrHex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private StrHex() {
    }

    /** @param sep a str or bytes of one ASCII character, or {@link PNone#NO_VALUE} for none */
    @TruffleBoundary
    public static String hex(Node node, byte[] data, int offset, int length, Object sep, int bytesPerSep) {
        char separator = sep == PNone.NO_VALUE ? 0 : separator(node, sep);
        int group = separator == 0 ? 0 : (int) Math.min(Math.abs((long) bytesPerSep), Integer.MAX_VALUE);
        StringBuilder sb = new StringBuilder(length * 3);
        for (int i = 0; i < length; i++) {
            if (i > 0 && group > 0 && (bytesPerSep > 0 ? (length - i) % group == 0 : i % group == 0)) {
                sb.append(separator);
            }
            byte b = data[offset + i];
            sb.append(DIGITS[(b >> 4) & 0xf]).append(DIGITS[b & 0xf]);
        }
        return sb.toString();
    }

    private static char separator(Node node, Object sep) {
        if (PyObjectSizeNode.getUncached().execute(sep) != 1) {
            throw PRaiseNode.raise(node, ValueError, "sep must be length 1.");
        }
        int c;
        if (sep instanceof String s) {
            c = s.codePointAt(0);
        } else if (sep instanceof PBytes b) {
            c = b.getBytes()[0];
        } else {
            throw PRaiseNode.raise(node, TypeError, "sep must be str or bytes.");
        }
        if (c < 0 || c > 127) {
            throw PRaiseNode.raise(node, ValueError, "sep must be ASCII.");
        }
        return (char) c;
    }
}
