package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.CompoundStatement;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code while test: body else: orelse}, through a Truffle LoopNode so that it can OSR-compile. */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orelse;

    public WhileNode(ExpressionNode test, StatementNode body, StatementNode orelse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(test, body));
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private static final class WhileRepeatingNode extends Node implements RepeatingNode, CompoundStatement {
        @Child private ExpressionNode test;
        @Child private StatementNode body;
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
        private final BranchProfile continueTaken = BranchProfile.create();

        WhileRepeatingNode(ExpressionNode test, StatementNode body) {
            this.test = test;
            this.body = body;
        }

        @Override
        public ExpressionNode getHeader() {
            return test;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!isTrue.execute(test.executeGeneric(frame))) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return true;
        }
    }
}
