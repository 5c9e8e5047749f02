package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.generator.YieldException;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetIterNode;

/**
 * A for loop in a generator with a yield in its body or else clause (and the loops of generator
 * expressions): the iterator stays in its frame slot while the generator is suspended in the body, and
 * resumed, the loop goes back into the body before it takes the next item.
 */
public final class GeneratorForNode extends StatementNode {
    private static final int IN_BODY = 1;
    private static final int IN_ELSE = 2;

    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;
    private final int stateSlot;

    public GeneratorForNode(ExpressionNode iterable, WriteTargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot, int stateSlot) {
        this.iterable = iterable;
        this.loop = Truffle.getRuntime().createLoopNode(new RepeatingWithResume(target, body, iteratorSlot, stateSlot));
        this.orelse = orelse;
        this.iteratorSlot = iteratorSlot;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = frame.getInt(stateSlot);
        if (state != IN_ELSE) {
            if (state == 0) {
                frame.setObject(iteratorSlot, getIter.execute(iterable.executeGeneric(frame)));
            }
            try {
                loop.execute(frame);
            } catch (BreakException e) {
                frame.setObject(iteratorSlot, null);
                return;
            }
            frame.setObject(iteratorSlot, null);
        } else {
            frame.setInt(stateSlot, 0);
        }
        if (orelse != null) {
            try {
                orelse.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_ELSE);
                throw e;
            }
        }
    }

    private static final class RepeatingWithResume extends Node implements RepeatingNode {
        @Child private WriteTargetNode target;
        @Child private StatementNode body;
        @Child private PyIterNextNode next = PyIterNextNode.create();
        private final BranchProfile continueTaken = BranchProfile.create();
        private final int iteratorSlot;
        private final int stateSlot;

        RepeatingWithResume(WriteTargetNode target, StatementNode body, int iteratorSlot, int stateSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
            this.stateSlot = stateSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (frame.getInt(stateSlot) == IN_BODY) {
                frame.setInt(stateSlot, 0);
            } else {
                Object value = next.execute(frame.getObject(iteratorSlot));
                if (value == null) {
                    return false;
                }
                target.executeWrite(frame, value);
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_BODY);
                throw e;
            }
            return true;
        }
    }
}
