package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.generator.YieldException;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** An if statement in a generator with a yield in a branch: resumed, it goes back into that branch without testing again. */
public final class GeneratorIfNode extends StatementNode {
    private static final int THEN = 1;
    private static final int ELSE = 2;

    @Child private ExpressionNode test;
    @Child private StatementNode then;
    @Child private StatementNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final ConditionProfile profile = ConditionProfile.create();
    private final int stateSlot;

    public GeneratorIfNode(ExpressionNode test, StatementNode then, StatementNode orelse, int stateSlot) {
        this.test = test;
        this.then = then;
        this.orelse = orelse;
        this.stateSlot = stateSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int branch = frame.getInt(stateSlot);
        frame.setInt(stateSlot, 0);
        if (branch == 0) {
            branch = profile.profile(isTrue.execute(test.executeGeneric(frame))) ? THEN : ELSE;
        }
        try {
            if (branch == THEN) {
                then.executeVoid(frame);
            } else if (orelse != null) {
                orelse.executeVoid(frame);
            }
        } catch (YieldException e) {
            frame.setInt(stateSlot, branch);
            throw e;
        }
    }
}
