package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;

/** {@code value.name}. */
public final class AttributeNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private PyObjectGetAttrNode getAttr = PyObjectGetAttrNode.create();
    private final String name;

    public AttributeNode(ExpressionNode value, String name) {
        this.value = value;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return getAttr.execute(value.executeGeneric(frame), name);
    }
}
