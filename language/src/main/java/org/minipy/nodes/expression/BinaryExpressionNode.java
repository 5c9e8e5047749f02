package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.operators.BinaryOpNode;

/** {@code left op right}: evaluates the operands in order, then applies the operator node. */
public final class BinaryExpressionNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private BinaryOpNode op;

    public BinaryExpressionNode(ExpressionNode left, ExpressionNode right, BinaryOpNode op) {
        this.left = left;
        this.right = right;
        this.op = op;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        Object r = right.executeGeneric(frame);
        return op.execute(l, r);
    }
}
