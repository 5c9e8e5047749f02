package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code not x}. */
public final class NotNode extends ExpressionNode {
    @Child private ExpressionNode operand;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public NotNode(ExpressionNode operand) {
        this.operand = operand;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return !isTrue.execute(operand.executeGeneric(frame));
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return !isTrue.execute(operand.executeGeneric(frame));
    }
}
