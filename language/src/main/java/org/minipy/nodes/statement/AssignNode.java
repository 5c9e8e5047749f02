package org.minipy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;

/** {@code t1 = t2 = value}: the value is stored into each target from left to right. */
public final class AssignNode extends StatementNode {
    @Child private ExpressionNode value;
    @Children private final WriteTargetNode[] targets;

    public AssignNode(ExpressionNode value, WriteTargetNode[] targets) {
        this.value = value;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        for (WriteTargetNode t : targets) {
            t.executeWrite(frame, v);
        }
    }
}
