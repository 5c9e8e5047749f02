package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import org.minipy.nodes.CompoundStatement;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code if test: then else: orelse} ({@code elif} is a nested IfNode). */
public final class IfNode extends StatementNode implements CompoundStatement {
    @Child private ExpressionNode test;
    @Child private StatementNode then;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final ConditionProfile profile = ConditionProfile.create();

    public IfNode(ExpressionNode test, StatementNode then, StatementNode orelse) {
        this.test = test;
        this.then = then;
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
            then.executeVoid(frame);
        } else if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @Override
    public ExpressionNode getHeader() {
        return test;
    }
}
