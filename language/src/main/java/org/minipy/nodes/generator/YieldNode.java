package org.minipy.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;

/**
 * {@code yield value}: suspends the generator with the value; resumed, it evaluates to the value sent
 * in (None for next()), or raises the exception thrown in. Its state slot says whether it is the yield
 * the generator is suspended at.
 */
public final class YieldNode extends ExpressionNode {
    @Child private ExpressionNode value;
    private final int stateSlot;
    private final int generatorSlot;

    public YieldNode(ExpressionNode value, int stateSlot, int generatorSlot) {
        this.value = value;
        this.stateSlot = stateSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (frame.getInt(stateSlot) != 0) {
            frame.setInt(stateSlot, 0);
            PGenerator generator = (PGenerator) frame.getObject(generatorSlot);
            Object sent = generator.takeSent();
            if (sent == null) {
                throw PRaiseNode.raise(this, generator.takeThrown());
            }
            return sent;
        }
        Object yielded = value == null ? PNone.NONE : value.executeGeneric(frame);
        frame.setInt(stateSlot, 1);
        throw new YieldException(yielded);
    }
}
