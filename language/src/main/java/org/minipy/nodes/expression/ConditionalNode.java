package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code body if test else orelse}. */
public final class ConditionalNode extends ExpressionNode {
    @Child private ExpressionNode test;
    @Child private ExpressionNode body;
    @Child private ExpressionNode orelse;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final ConditionProfile profile = ConditionProfile.create();

    public ConditionalNode(ExpressionNode test, ExpressionNode body, ExpressionNode orelse) {
        this.test = test;
        this.body = body;
        this.orelse = orelse;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(test.executeGeneric(frame)))) {
            return body.executeGeneric(frame);
        }
        return orelse.executeGeneric(frame);
    }
}
