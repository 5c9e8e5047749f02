package org.minipy.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * UnicodeEncodeError and UnicodeDecodeError as Objects/exceptions.c makes them: the arguments are the five values
 * {@code (encoding, object, start, end, reason)}, which are also the attributes, and str() is built from the
 * attributes (UnicodeEncodeError_str, UnicodeDecodeError_str).
 */
public final class UnicodeErrors {
    private UnicodeErrors() {
    }

    /** The exception a codec raises for object[start:end], with start and end in the object's items. */
    @TruffleBoundary
    public static PBaseException create(PythonBuiltinClassType type, String encoding, Object object, int start, int end, String reason) {
        PBaseException e = new PBaseException(type, encoding, object, (long) start, (long) end, reason);
        e.setAttribute("encoding", encoding);
        e.setAttribute("object", object);
        e.setAttribute("start", (long) start);
        e.setAttribute("end", (long) end);
        e.setAttribute("reason", reason);
        return e;
    }

    /** str() of a UnicodeEncodeError or UnicodeDecodeError, or null if its attributes are not what a codec sets. */
    @TruffleBoundary
    public static String str(PBaseException e) {
        if (!(e.getAttribute("encoding") instanceof String encoding) || !(e.getAttribute("start") instanceof Long start)
                        || !(e.getAttribute("end") instanceof Long end) || !(e.getAttribute("reason") instanceof String reason)) {
            return null;
        }
        Object object = e.getAttribute("object");
        if (object instanceof PBytes bytes) {
            if (start < bytes.length() && end == start + 1) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, bytes.getBytes()[(int) (long) start] & 0xff,
                                start, reason);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end - 1, reason);
        } else if (object instanceof String text) {
            if (start < text.codePointCount(0, text.length()) && end == start + 1) {
                int cp = text.codePointAt(text.offsetByCodePoints(0, (int) (long) start));
                String shown = cp <= 0xff ? String.format("\\x%02x", cp) : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
                return String.format("'%s' codec can't encode character '%s' in position %d: %s", encoding, shown, start, reason);
            }
            return String.format("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end - 1, reason);
        }
        return null;
    }
}
