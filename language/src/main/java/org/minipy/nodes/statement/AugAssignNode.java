package org.minipy.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;
import org.minipy.nodes.object.PyObjectSetItemNode;

/**
 * {@code target op= value}. A subscript or attribute target's object and key are evaluated once, as
 * CPython does.
 */
public abstract class AugAssignNode extends StatementNode {
    @Child protected ExpressionNode value;
    @Child protected InPlaceOpNode op;

    protected AugAssignNode(ExpressionNode value, InPlaceOpNode op) {
        this.value = value;
        this.op = op;
    }

    /** A name: read it, combine, write it back. */
    public static final class Name extends AugAssignNode {
        @Child private ExpressionNode read;
        @Child private WriteTargetNode write;

        public Name(ExpressionNode read, WriteTargetNode write, ExpressionNode value, InPlaceOpNode op) {
            super(value, op);
            this.read = read;
            this.write = write;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object current = read.executeGeneric(frame);
            Object result = op.execute(current, value.executeGeneric(frame));
            write.executeWrite(frame, result);
        }
    }

    /** {@code obj[key] op= value}. */
    public static final class Subscript extends AugAssignNode {
        @Child private ExpressionNode object;
        @Child private ExpressionNode key;
        @Child private PyObjectGetItemNode getItem = PyObjectGetItemNode.create();
        @Child private PyObjectSetItemNode setItem = PyObjectSetItemNode.create();

        public Subscript(ExpressionNode object, ExpressionNode key, ExpressionNode value, InPlaceOpNode op) {
            super(value, op);
            this.object = object;
            this.key = key;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            Object k = key.executeGeneric(frame);
            Object result = op.execute(getItem.execute(o, k), value.executeGeneric(frame));
            setItem.execute(o, k, result);
        }
    }

    /** {@code obj.name op= value}. */
    public static final class Attribute extends AugAssignNode {
        @Child private ExpressionNode object;
        @Child private PyObjectGetAttrNode getAttr = PyObjectGetAttrNode.create();
        @Child private PyObjectSetAttrNode setAttr = PyObjectSetAttrNode.create();
        private final String name;

        public Attribute(ExpressionNode object, String name, ExpressionNode value, InPlaceOpNode op) {
            super(value, op);
            this.object = object;
            this.name = name;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object o = object.executeGeneric(frame);
            Object result = op.execute(getAttr.execute(o, name), value.executeGeneric(frame));
            setAttr.execute(o, name, result);
        }
    }
}
