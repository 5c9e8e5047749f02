package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PArguments;

/**
 * One replacement field of an f-string, {@code {value!conversion:spec}}: converts, then formats through
 * the builtin {@code format}, whose implementation owns the format-spec mini-language.
 */
public final class FormatValueNode extends ExpressionNode {
    @Child private ExpressionNode value;
    @Child private ExpressionNode spec;
    @Child private ExpressionNode formatFunction;
    @Child private PyObjectStrNode str = PyObjectStrNode.create();
    @Child private PyObjectReprNode repr = PyObjectReprNode.create();
    @Child private PyObjectCallNode callFormat = PyObjectCallNode.create();
    private final int conversion;

    public FormatValueNode(ExpressionNode value, int conversion, ExpressionNode spec, ExpressionNode formatFunction) {
        this.value = value;
        this.conversion = conversion;
        this.spec = spec;
        this.formatFunction = formatFunction;
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
        if (spec == null && v instanceof String s) {
            return s;
        }
        if (spec == null) {
            return str.execute(v);
        }
        Object fmt = formatFunction.executeGeneric(frame);
        return callFormat.execute(fmt, PArguments.ofPositional(v, spec.executeGeneric(frame)));
    }
}
