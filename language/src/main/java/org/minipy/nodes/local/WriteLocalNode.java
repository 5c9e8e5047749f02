package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.UnboundLocalError;


/**
 * Stores into a function's local variable (a frame slot). An int that fits a long is stored as a
 * primitive long: a loop variable or an accumulator then stays a long across the iterations of a
 * compiled loop, where a boxed Long in a loop phi would be allocated on every iteration.
 */
public final class WriteLocalNode extends WriteTargetNode {
    private final int slot;
    private final String name;

    public WriteLocalNode(int slot, String name) {
        this.slot = slot;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        if (value instanceof Long l) {
            frame.setLong(slot, l);
        } else {
            frame.setObject(slot, value);
        }
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        if (!frame.isLong(slot) && frame.getObject(slot) == null) {
            throw PRaiseNode.raise(this, UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        frame.setObject(slot, null);
    }
}
