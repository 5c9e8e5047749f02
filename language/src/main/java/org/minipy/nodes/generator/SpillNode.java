package org.minipy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;

/**
 * An operand of an expression that contains a yield, such as {@code f(a(), (yield))}: its value is kept in
 * a frame slot, so that when the generator resumes into the expression, the operands evaluated before the
 * yield are not evaluated again. The {@link SpillScopeNode} around the expression empties the slots once
 * the expression is done.
 */
public final class SpillNode extends ExpressionNode {
    @Child private ExpressionNode operand;
    private final int slot;

    public SpillNode(ExpressionNode operand, int slot) {
        this.operand = operand;
        this.slot = slot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = frame.getObject(slot);
        if (value == null) {
            value = operand.executeGeneric(frame);
            frame.setObject(slot, value);
        }
        return value;
    }
}
