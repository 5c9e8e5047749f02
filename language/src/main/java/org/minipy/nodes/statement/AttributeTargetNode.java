package org.minipy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;

/** {@code obj.name = value} as an assignment target. */
public final class AttributeTargetNode extends WriteTargetNode {
    @Child private ExpressionNode object;
    @Child private PyObjectSetAttrNode setAttr = PyObjectSetAttrNode.create();
    private final String name;

    private void delAttr(Object o) {
        org.minipy.nodes.object.PyObjectDelAttr.delete(this, o, name);
    }

    public AttributeTargetNode(ExpressionNode object, String name) {
        this.object = object;
        this.name = name;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        setAttr.execute(object.executeGeneric(frame), name, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        delAttr(object.executeGeneric(frame));
    }
}
