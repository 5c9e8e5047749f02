package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.FastSearch;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code x in b} for bytes and bytearray: an int in range(256), or a bytes-like subsequence. */
final class BytesContains {
    private BytesContains() {
    }

    @TruffleBoundary
    static boolean contains(Node node, Object container, Object item) {
        byte[] data = container instanceof PBytes b ? b.getBytes() : ((PByteArray) container).getBytes();
        int length = container instanceof PBytes b ? b.length() : ((PByteArray) container).length();
        byte[] needle = ByteSource.bytesLikeOrNull(item);
        if (needle == null) {
            Object v = PyNumberIndexNode.getUncached().executeOrNull(item);
            if (v == null) {
                throw PRaiseNode.raise(node, TypeError, "a bytes-like object is required, not '%s'", GetClassNode.getUncached().execute(item).getName());
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
            }
            needle = new byte[]{(byte) (long) l};
        }
        return FastSearch.indexOf(data, 0, length, needle, false) >= 0;
    }
}
