package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PByteArray;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code bytearray += bytes-like} (bytearray_iconcat). */
final class ByteArrayConcat {
    private ByteArrayConcat() {
    }

    @TruffleBoundary
    static void concatInPlace(Node node, PByteArray array, Object other) {
        byte[] data;
        try {
            data = ByteSource.bytesLikeOrNull(other);
        } catch (PException e) {
            // an exporter that refuses its buffer (a released memoryview) is not concatenated either
            data = null;
        }
        if (data == null) {
            throw PRaiseNode.raise(node, TypeError, "can't concat %s to bytearray", GetClassNode.getUncached().execute(other).getName());
        }
        int length = data.length;
        if (length == 0) {
            // PyByteArray_Resize to the same size succeeds even while buffers are exported
            return;
        }
        array.checkCanResize(node);
        int old = array.length();
        array.ensureCapacity(old + length);
        System.arraycopy(data, 0, array.getBytes(), old, length);
        array.setLength(old + length);
    }
}
