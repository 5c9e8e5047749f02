package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.buffer.PBuffer;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The slow parts of {@code bytes + buffer}: copying the two buffers, and the error. */
final class BytesConcat {
    private BytesConcat() {
    }

    @TruffleBoundary
    static Object concat(boolean toByteArray, PBuffer a, PBuffer b) {
        byte[] result = new byte[a.getLength() + b.getLength()];
        byte[] first = a.toByteArray();
        byte[] second = b.toByteArray();
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return toByteArray ? new PByteArray(result) : new PBytes(result);
    }

    @TruffleBoundary
    static Object cannotConcat(Node node, Object left, Object right) {
        Object result = BinarySlotNode.getUncached().execute(left, right, SpecialMethodSlot.ADD);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        throw PRaiseNode.raise(node, TypeError, "can't concat %s to %s", GetClassNode.getUncached().execute(right).getName(),
                        GetClassNode.getUncached().execute(left).getName());
    }
}
