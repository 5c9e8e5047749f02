package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectGetItemNode;

/** {@code value[index]}. */
public final class SubscriptNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode index;
    @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();

    public SubscriptNode(ExpressionNode value, ExpressionNode index) {
        this.value = value;
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        Object i = index.executeGeneric(frame);
        return getItem.execute(v, i);
    }
}
