package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.RuntimeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code raise}, {@code raise E}, {@code raise E from C} (do_raise). */
public final class RaiseNode extends StatementNode {
    @Child private ExpressionNode exception;
    @Child private ExpressionNode cause;
    @Child private PyObjectCallNode instantiate = PyObjectCallNode.create();

    public RaiseNode(ExpressionNode exception, ExpressionNode cause) {
        this.exception = exception;
        this.cause = cause;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object handled = MiniPyContext.get(this).getHandledException();
        if (exception == null) {
            if (handled == null) {
                throw PRaiseNode.raise(this, RuntimeError, "No active exception to reraise");
            }
            throw PRaiseNode.reraise(this, (PBaseException) handled);
        }
        PBaseException exc = toException(exception.executeGeneric(frame), "exceptions must derive from BaseException");
        if (cause != null) {
            Object c = cause.executeGeneric(frame);
            if (c == PNone.NONE) {
                exc.setCause(PNone.NONE);
            } else {
                exc.setCause(toException(c, "exception causes must derive from BaseException"));
            }
            exc.setSuppressContext(true);
        }
        if (handled != null && handled != exc && exc.getContext() == PNone.NONE) {
            exc.setContext(handled);
        }
        throw PRaiseNode.raise(this, exc);
    }

    private PBaseException toException(Object value, String message) {
        if (value instanceof PBaseException e) {
            return e;
        }
        if (value instanceof PythonClass cls && cls.isSubclassOf(PythonBuiltinClassType.BaseException)) {
            Object instance = instantiate.execute(cls, PArguments.ofPositional());
            if (instance instanceof PBaseException e) {
                return e;
            }
            throw PRaiseNode.raise(this, TypeError, "calling %s should have returned an instance of BaseException, not %s", cls.getName(),
                            org.minipy.nodes.object.GetClassNode.getUncached().execute(instance).getName());
        }
        throw PRaiseNode.raise(this, TypeError, message);
    }

}
