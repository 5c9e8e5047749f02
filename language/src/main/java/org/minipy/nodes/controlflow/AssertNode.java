package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code assert test, message}. */
public final class AssertNode extends StatementNode {
    @Child private ExpressionNode test;
    @Child private ExpressionNode message;
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public AssertNode(ExpressionNode test, ExpressionNode message) {
        this.test = test;
        this.message = message;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (!isTrue.execute(test.executeGeneric(frame))) {
            throw assertionError(message == null ? null : message.executeGeneric(frame));
        }
    }

    @TruffleBoundary
    private PException assertionError(Object msg) {
        PBaseException e = msg == null ? new PBaseException(PythonBuiltinClassType.AssertionError) : new PBaseException(PythonBuiltinClassType.AssertionError, msg);
        // the traceback points at the test, as CPython's position for the raise does
        return new PException(e, test);
    }
}
