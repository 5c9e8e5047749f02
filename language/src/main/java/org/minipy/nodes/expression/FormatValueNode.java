package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectFormatNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectStrNode;

/**
 * One replacement field of an f-string, {@code {value!conversion:spec}}: CPython's FORMAT_VALUE, which converts,
 * then formats with PyObject_Format (an empty spec when there is none, so a user {@code __format__} still runs).
 */
public final class FormatValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode spec;
    @Child private PyObjectStrNode str;
    @Child private PyObjectReprNode repr;
    @Child private PyObjectFormatNode format = PyObjectFormatNode.create();
    private final int conversion;

    public FormatValueNode(ExpressionNode value, int conversion, ExpressionNode spec) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
        if (conversion == 's') {
            this.str = PyObjectStrNode.create();
        } else if (conversion == 'r' || conversion == 'a') {
            this.repr = PyObjectReprNode.create();
        }
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (conversion == 'r') {
            v = repr.execute(v);
        } else if (conversion == 's') {
            v = str.execute(v);
        } else if (conversion == 'a') {
            v = AsciiNode.ascii(repr.execute(v));
        }
        // the spec is an f-string itself, so always a str
        return format.execute(v, spec == null ? "" : (String) spec.executeGeneric(frame));
    }
}
