package org.minipy.nodes.object;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.ArraySize;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The items of any iterable as a fresh array (PySequence_Fast). */
public final class IterableToArray {
    private IterableToArray() {
    }

    @TruffleBoundary
    public static Object[] toArray(Node node, Object iterable, String notIterableMessage) {
        if (iterable instanceof PList list) {
            return list.toArray();
        } else if (iterable instanceof PTuple tuple) {
            return tuple.getItems().clone();
        } else if (iterable instanceof PRange range) {
            // CPython preallocates from the length hint, so a range too long to hold fails before iterating
            ArraySize.check(node, range.getLength());
        }
        Object it;
        try {
            it = PyObjectGetIterNode.getUncached().execute(iterable);
        } catch (PException e) {
            if (notIterableMessage != null && e.isOfType(PythonBuiltinClassType.TypeError)) {
                throw PRaiseNode.raise(node, TypeError, notIterableMessage);
            }
            throw e;
        }
        ArrayList<Object> items = new ArrayList<>();
        PyIterNextNode next = PyIterNextNode.getUncached();
        for (Object v = next.execute(it); v != null; v = next.execute(it)) {
            items.add(v);
        }
        return items.toArray();
    }
}
