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
import org.minipy.nodes.object.PyObjectIsTrueNode;

/**
 * A while loop in a generator with a yield in its body or else clause: resumed, it goes back into the
 * body without testing the condition, or into the else clause.
 */
public final class GeneratorWhileNode extends StatementNode {
    private static final int IN_BODY = 1;
    private static final int IN_ELSE = 2;

    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int stateSlot;

    public GeneratorWhileNode(ExpressionNode test, StatementNode body, StatementNode orelse, int stateSlot) {
        this.loop = Truffle.getRuntime().createLoopNode(new RepeatingWithResume(test, body, stateSlot));
        this.orelse = orelse;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getInt(stateSlot) != IN_ELSE) {
            try {
                loop.execute(frame);
            } catch (BreakException e) {
                return;
            }
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
        @Child private ExpressionNode test;
        @Child private StatementNode body;
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
        private final BranchProfile continueTaken = BranchProfile.create();
        private final int stateSlot;

        RepeatingWithResume(ExpressionNode test, StatementNode body, int stateSlot) {
            this.test = test;
            this.body = body;
            this.stateSlot = stateSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (frame.getInt(stateSlot) == IN_BODY) {
                frame.setInt(stateSlot, 0);
            } else if (!isTrue.execute(test.executeGeneric(frame))) {
                return false;
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
