package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code with manager as target: body}, one item (several items nest). */
public final class WithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private WriteTargetNode target;
    @Child private StatementNode body;
    @Child private PyObjectCallNode callEnter = PyObjectCallNode.create();
    @Child private PyObjectCallNode callExit = PyObjectCallNode.create();
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();

    public WithNode(ExpressionNode manager, WriteTargetNode target, StatementNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.executeGeneric(frame);
        Object[] methods = lookupMethods(this, mgr);
        Object value = callEnter.execute(methods[0], PArguments.ofPositional(mgr));
        if (target != null) {
            target.executeWrite(frame, value);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            exitWithException(this, callExit, isTrue, mgr, methods[1], e);
            return;
        } catch (ControlFlowException e) {
            // return, break or continue leave the block normally: __exit__ sees no exception
            callExit.execute(methods[1], PArguments.ofPositional(mgr, PNone.NONE, PNone.NONE, PNone.NONE));
            throw e;
        }
        callExit.execute(methods[1], PArguments.ofPositional(mgr, PNone.NONE, PNone.NONE, PNone.NONE));
    }

    /** __exit__ for an exception raised in the block: it is the handled exception meanwhile; raised again unless suppressed. */
    static void exitWithException(Node location, PyObjectCallNode callExit, PyObjectIsTrueNode isTrue, Object mgr, Object exit, PException e) {
        PBaseException exc = e.getPythonException();
        e.recordTraceback();
        MiniPyContext context = MiniPyContext.get(location);
        Object saved = context.getHandledException();
        context.setHandledException(exc);
        Object suppress;
        try {
            suppress = callExit.execute(exit, PArguments.ofPositional(mgr, GetClassNode.getUncached().execute(exc), exc, exc.getTraceback()));
        } catch (PException e2) {
            TryNode.chain(e2, exc);
            throw e2;
        } finally {
            context.setHandledException(saved);
        }
        if (!isTrue.execute(suppress)) {
            throw e;
        }
    }

    /** The manager's __enter__ and __exit__, looked up on its class. */
    @TruffleBoundary
    static Object[] lookupMethods(Node location, Object mgr) {
        PythonClass cls = GetClassNode.getUncached().execute(mgr);
        Object enter = cls.lookup("__enter__");
        Object exit = cls.lookup("__exit__");
        if (enter == null || exit == null) {
            throw PRaiseNode.raise(location, TypeError, "'%s' object does not support the context manager protocol%s", cls.getName(),
                            enter != null ? " (missed __exit__ method)" : "");
        }
        return new Object[]{enter, exit};
    }
}
