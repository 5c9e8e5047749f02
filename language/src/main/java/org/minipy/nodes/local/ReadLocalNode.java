package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.UnboundLocalError;

/**
 * Reads a function's local variable from its frame slot, which holds an int as a primitive long (see
 * {@link WriteLocalNode}). In compiled code the frame's tags are known, so the tag test folds away.
 */
public final class ReadLocalNode extends ExpressionNode {
    private final int slot;
    private final String name;

    public ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (frame.isLong(slot)) {
            return frame.getLong(slot);
        }
        Object value = frame.getObject(slot);
        if (value == null) {
            throw PRaiseNode.raise(this, UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}
