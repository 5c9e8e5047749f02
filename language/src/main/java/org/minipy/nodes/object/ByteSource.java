package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** The bytes a value stands for where bytes are consumed: a bytes-like object, or an iterable of ints. */
public final class ByteSource {
    private ByteSource() {
    }

    /** For {@code bytearray[a:b] = value}: bytes-likes, or iterables of ints in range(256). */
    @TruffleBoundary
    public static byte[] bytesForAssignment(Node node, Object value) {
        if (value instanceof PBytes b) {
            return b.getBytes();
        } else if (value instanceof PByteArray b) {
            return b.toByteArray();
        } else if (value instanceof String || value instanceof Long || value instanceof PInt) {
            throw PRaiseNode.raise(node, TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromIterableOfInts(node, value);
    }

    @TruffleBoundary
    public static byte[] fromIterableOfInts(Node node, Object iterable) {
        Object[] items = IterableToArray.toArray(node, iterable, null);
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = PyNumberIndexNode.getUncached().executeOrNull(items[i]);
            if (v == null) {
                throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer",
                                GetClassNode.getUncached().execute(items[i]).getName());
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
            }
            result[i] = (byte) (long) l;
        }
        return result;
    }
}
