package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PCell;

import static org.minipy.runtime.PythonBuiltinClassType.NameError;
import static org.minipy.runtime.PythonBuiltinClassType.UnboundLocalError;

/** Reads a variable shared with nested functions, through the cell in its frame slot. */
public final class ReadCellNode extends ExpressionNode {
    private final int slot;
    private final String name;
    private final boolean isFree;

    public ReadCellNode(int slot, String name, boolean isFree) {
        this.slot = slot;
        this.name = name;
        this.isFree = isFree;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = ((PCell) frame.getObject(slot)).getRef();
        if (value == null) {
            if (isFree) {
                throw PRaiseNode.raise(this, NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                                name);
            }
            throw PRaiseNode.raise(this, UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return value;
    }
}
