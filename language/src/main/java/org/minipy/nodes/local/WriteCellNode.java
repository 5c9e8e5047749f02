package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.runtime.PCell;

/** Stores into a cell variable; executing it as a statement deletes the variable. */
public final class WriteCellNode extends WriteTargetNode {
    private final int slot;

    public WriteCellNode(int slot) {
        this.slot = slot;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        ((PCell) frame.getObject(slot)).setRef(value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        ((PCell) frame.getObject(slot)).setRef(null);
    }
}
