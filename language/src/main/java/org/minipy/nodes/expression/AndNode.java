package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.ConditionProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code a and b}: the first falsy operand, else the last. */
public final class AndNode extends ExpressionNode {
    @Child private ExpressionNode left;
    @Child private ExpressionNode right;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final ConditionProfile profile = ConditionProfile.create();

    public AndNode(ExpressionNode left, ExpressionNode right) {
        this.left = left;
        this.right = right;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object l = left.executeGeneric(frame);
        if (profile.profile(isTrue.execute(l))) {
            return right.executeGeneric(frame);
        }
        return l;
    }
}
