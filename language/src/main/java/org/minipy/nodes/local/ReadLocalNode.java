package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.UnboundLocalError;

/** Reads a function's local variable from its frame slot. */
public final class ReadLocalNode extends ExpressionNode {
    private final int slot;
    private final String name;

    public ReadLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = frame.getObject(slot);
        if (value == null) {
            throw PRaiseNode.raise(this, UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}
