package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code bytearray += bytes-like} (bytearray_iconcat). */
final class ByteArrayConcat {
    private ByteArrayConcat() {
    }

    @TruffleBoundary
    static void concatInPlace(Node node, PByteArray array, Object other) {
        byte[] data;
        int length;
        if (other instanceof PBytes b) {
            data = b.getBytes();
            length = b.length();
        } else if (other instanceof PByteArray b) {
            data = b.toByteArray();
            length = data.length;
        } else {
            throw PRaiseNode.raise(node, TypeError, "can't concat %s to bytearray", GetClassNode.getUncached().execute(other).getName());
        }
        array.checkCanResize(node);
        int old = array.length();
        array.ensureCapacity(old + length);
        System.arraycopy(data, 0, array.getBytes(), old, length);
        array.setLength(old + length);
    }
}
