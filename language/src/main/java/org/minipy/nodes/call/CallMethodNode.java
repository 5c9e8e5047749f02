package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.PArguments;

/**
 * {@code obj.name(a, k=b)} without {@code *} or {@code **} arguments, as CPython's LOAD_METHOD and
 * CALL do it: a function found on obj's class is called with obj put before the arguments, so a
 * method call makes no bound-method object; any other attribute is looked up and called as usual.
 */
public final class CallMethodNode extends ExpressionNode {
    @Child private ExpressionNode receiver;
    private final String name;
    @Children private final ExpressionNode[] arguments;
    /** Keyword names in order, or null when there are none. */
    @CompilationFinal(dimensions = 1) private final String[] keywordNames;
    @Children private final ExpressionNode[] keywordValues;
    @Child private LookupMethodNode lookupMethod = LookupMethodNode.create();
    @Child private PyObjectGetAttrNode getAttr;
    @Child private PyObjectCallNode call = PyObjectCallNode.create();
    private final CountingConditionProfile isMethod = CountingConditionProfile.create();

    public CallMethodNode(ExpressionNode receiver, String name, ExpressionNode[] arguments, String[] keywordNames, ExpressionNode[] keywordValues) {
        this.receiver = receiver;
        this.name = name;
        this.arguments = arguments;
        this.keywordNames = keywordNames.length == 0 ? null : keywordNames;
        this.keywordValues = keywordValues;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object self = receiver.executeGeneric(frame);
        Object method = lookupMethod.execute(self, name);
        if (isMethod.profile(method != null)) {
            Object[] args = evaluateArguments(frame, 1);
            args[PArguments.FIRST_VALUE] = self;
            return call.execute(method, args);
        }
        Object callee = getAttrNode().execute(self, name);
        return call.execute(callee, evaluateArguments(frame, 0));
    }

    /** The arguments in PArguments layout, after {@code skip} free positional places. */
    @ExplodeLoop
    private Object[] evaluateArguments(VirtualFrame frame, int skip) {
        int first = PArguments.FIRST_VALUE + skip;
        Object[] args = new Object[first + arguments.length + keywordValues.length];
        for (int i = 0; i < arguments.length; i++) {
            args[first + i] = arguments[i].executeGeneric(frame);
        }
        for (int i = 0; i < keywordValues.length; i++) {
            args[first + arguments.length + i] = keywordValues[i].executeGeneric(frame);
        }
        args[PArguments.KEYWORD_NAMES] = keywordNames;
        return args;
    }

    private PyObjectGetAttrNode getAttrNode() {
        if (getAttr == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            getAttr = insert(PyObjectGetAttrNode.create());
        }
        return getAttr;
    }
}
