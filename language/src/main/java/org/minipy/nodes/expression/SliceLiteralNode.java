package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.runtime.PSlice;

/** {@code lower:upper:step} inside a subscript: builds a slice object (absent parts are None). */
public final class SliceLiteralNode extends ExpressionNode {
    @Child private ExpressionNode lower;
    @Child private ExpressionNode upper;
    @Child private ExpressionNode step;

    public SliceLiteralNode(ExpressionNode lower, ExpressionNode upper, ExpressionNode step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new PSlice(lower.executeGeneric(frame), upper.executeGeneric(frame), step.executeGeneric(frame));
    }
}
