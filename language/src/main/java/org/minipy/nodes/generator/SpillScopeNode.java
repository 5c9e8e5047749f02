package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;

/**
 * An expression with a yield among its operands (see {@link SpillNode}): when it is done, normally or by
 * an exception, its operands' slots are emptied for the next evaluation; a yield leaves them for the resume.
 */
public final class SpillScopeNode extends ExpressionNode {
    @Child private ExpressionNode expression;
    @CompilationFinal(dimensions = 1) private final int[] slots;

    public SpillScopeNode(ExpressionNode expression, int[] slots) {
        this.expression = expression;
        this.slots = slots;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value;
        try {
            value = expression.executeGeneric(frame);
        } catch (YieldException e) {
            throw e;
        } catch (Throwable e) {
            clear(frame);
            throw e;
        }
        clear(frame);
        return value;
    }

    @ExplodeLoop
    private void clear(VirtualFrame frame) {
        for (int slot : slots) {
            frame.setObject(slot, null);
        }
    }
}
