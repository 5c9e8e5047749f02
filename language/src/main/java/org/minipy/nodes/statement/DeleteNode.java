package org.minipy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;

/** {@code del a, b[i], c.d}. */
public final class DeleteNode extends StatementNode {
    @Children private final WriteTargetNode[] targets;

    public DeleteNode(WriteTargetNode[] targets) {
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (WriteTargetNode t : targets) {
            t.executeDelete(frame);
        }
    }
}
