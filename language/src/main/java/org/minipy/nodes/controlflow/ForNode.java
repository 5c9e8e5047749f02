package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetIterNode;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a hidden frame slot so
 * that the loop body is a RepeatingNode that can OSR-compile.
 */
public final class ForNode extends StatementNode {
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final int iteratorSlot;

    public ForNode(ExpressionNode iterable, WriteTargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, getIter.execute(iterable.executeGeneric(frame)));
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            return;
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class ForRepeatingNode extends Node implements RepeatingNode {
        @Child private WriteTargetNode target;
        @Child private StatementNode body;
        @Child private PyIterNextNode next = PyIterNextNode.create();
        private final int iteratorSlot;
        private final BranchProfile continueTaken = BranchProfile.create();

        ForRepeatingNode(WriteTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object value = next.execute(frame.getObject(iteratorSlot));
            if (value == null) {
                return false;
            }
            target.executeWrite(frame, value);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return true;
        }
    }
}
