package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;

/** {@code return value}. */
public final class ReturnNode extends StatementNode {
    @Child private ExpressionNode value;

    public ReturnNode(ExpressionNode value) {
        this.value = value;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        throw new ReturnException(value.executeGeneric(frame));
    }
}
