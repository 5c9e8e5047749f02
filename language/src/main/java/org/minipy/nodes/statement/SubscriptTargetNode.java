package org.minipy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyObjectDelItemNode;
import org.minipy.nodes.object.PyObjectSetItemNode;

/** {@code obj[index] = value} as an assignment target. */
public final class SubscriptTargetNode extends WriteTargetNode {
    @Child private ExpressionNode object;
    @Child private ExpressionNode index;
    @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();
    @Child private PyObjectDelItemNode delItem = PyObjectDelItemNode.create();

    public SubscriptTargetNode(ExpressionNode object, ExpressionNode index) {
        this.object = object;
        this.index = index;
    }

    @Override
    public void executeWrite(VirtualFrame frame, Object value) {
        Object o = object.executeGeneric(frame);
        Object i = index.executeGeneric(frame);
        setItem.execute(o, i, value);
    }

    @Override
    public void executeDelete(VirtualFrame frame) {
        Object o = object.executeGeneric(frame);
        Object i = index.executeGeneric(frame);
        delItem.execute(o, i);
    }
}
