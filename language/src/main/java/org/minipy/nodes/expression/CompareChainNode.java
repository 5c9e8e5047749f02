package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.nodes.operators.BinaryOpNode;

/** {@code a < b <= c}: each operand evaluated once, stopping at the first false comparison. */
public final class CompareChainNode extends ExpressionNode {
    @Children private final ExpressionNode[] operands;
    @Children private final BinaryOpNode[] ops;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public CompareChainNode(ExpressionNode[] operands, BinaryOpNode[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object left = operands[0].executeGeneric(frame);
        Object result = null;
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].executeGeneric(frame);
            result = ops[i].execute(left, right);
            if (i < ops.length - 1 && !isTrue.execute(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
