package org.minipy.nodes.controlflow;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.MiniPyContext;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;

/**
 * try/except/else/finally. While a handler runs, the caught exception is the context's handled
 * exception (sys.exc_info(), seen by the functions it calls too): a bare {@code raise} re-raises it,
 * and a new exception takes it as {@code __context__}.
 */
public final class TryNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;
    @Child private StatementNode finalbody;
    private final BranchProfile caught = BranchProfile.create();

    public TryNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, StatementNode finalbody) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (finalbody == null) {
            executeExcept(frame);
            return;
        }
        try {
            executeExcept(frame);
        } catch (PException e) {
            runFinally(frame, e);
            throw e;
        } catch (OutOfMemoryError | StackOverflowError e) {
            PException exhausted = PRaiseNode.exhausted(e);
            runFinally(frame, exhausted);
            throw exhausted;
        } catch (ControlFlowException e) {
            // return, break and continue run the finally block on their way out; one raised there wins
            finalbody.executeVoid(frame);
            throw e;
        }
        finalbody.executeVoid(frame);
    }

    /** A finally block that runs while an exception propagates sees it as the handled one for chaining. */
    private void runFinally(VirtualFrame frame, PException pendingThrowable) {
        PBaseException pending = pendingThrowable.getPythonException();
        Object saved = MiniPyContext.get(this).getHandledException();
        MiniPyContext.get(this).setHandledException(pending);
        try {
            finalbody.executeVoid(frame);
        } catch (PException e2) {
            // the pending exception becomes the context of the new one, with the frames it passed up to here
            pendingThrowable.recordTraceback();
            chain(e2, pending);
            throw e2;
        } finally {
            MiniPyContext.get(this).setHandledException(saved);
        }
    }

    private void executeExcept(VirtualFrame frame) {
        if (handlers.length == 0) {
            body.executeVoid(frame);
            if (orelse != null) {
                orelse.executeVoid(frame);
            }
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            caught.enter();
            handle(frame, e);
            return;
        } catch (OutOfMemoryError | StackOverflowError e) {
            caught.enter();
            handle(frame, PRaiseNode.exhausted(e));
            return;
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exception = e.getPythonException();
        for (ExceptHandlerNode handler : handlers) {
            if (handler.matches(frame, exception)) {
                e.recordTraceback();
                Object saved = MiniPyContext.get(this).getHandledException();
                MiniPyContext.get(this).setHandledException(exception);
                try {
                    handler.execute(frame, exception);
                } catch (PException e2) {
                    chain(e2, exception);
                    throw e2;
                } finally {
                    MiniPyContext.get(this).setHandledException(saved);
                }
                return;
            }
        }
        throw e;
    }

    /** _PyErr_SetObject's implicit chaining: a new exception remembers the one being handled. */
    static void chain(PException raised, PBaseException handled) {
        PBaseException exc = raised.getPythonException();
        if (exc != handled && (exc.getContext() == PNone.NONE || exc.getContext() == handled)) {
            breakContextCycle(exc, handled);
            exc.setContext(handled);
        }
    }

    /** Where {@code exc} is already in the context chain of {@code handled}, cuts the chain there, as CPython does. */
    @TruffleBoundary
    private static void breakContextCycle(PBaseException exc, PBaseException handled) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Object o = handled;
        while (o instanceof PBaseException current && seen.add(current)) {
            Object context = current.getContext();
            if (context == exc) {
                current.setContext(PNone.NONE);
                return;
            }
            o = context;
        }
    }
}
