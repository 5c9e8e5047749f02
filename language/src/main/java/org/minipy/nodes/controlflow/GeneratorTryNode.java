package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.MiniPyContext;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.generator.YieldException;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;

/**
 * try/except/else/finally in a generator with a yield in one of its blocks. The state slot says which
 * block the generator is suspended in; the saved slot keeps what that block needs to go on: the exception
 * a handler is handling, or what a finally block passes on when it ends (an exception, or a return,
 * break or continue). While suspended, the handled exception is the caller's again, as in CPython, where
 * each generator has its own exception state.
 */
public final class GeneratorTryNode extends StatementNode {
    private static final int IN_BODY = 1;
    private static final int IN_ELSE = 2;
    private static final int IN_FINALLY = 3;
    private static final int IN_HANDLER = 4;

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orelse;
    @Child private StatementNode finalbody;
    private final BranchProfile caught = BranchProfile.create();
    private final int stateSlot;
    private final int savedSlot;

    public GeneratorTryNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orelse, StatementNode finalbody, int stateSlot,
                    int savedSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orelse = orelse;
        this.finalbody = finalbody;
        this.stateSlot = stateSlot;
        this.savedSlot = savedSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        int state = frame.getInt(stateSlot);
        Object saved = frame.getObject(savedSlot);
        frame.setInt(stateSlot, 0);
        frame.setObject(savedSlot, null);
        if (state == IN_FINALLY) {
            // the finally block goes on, then passes on what it was run for (null: the try statement ended normally)
            runFinally(frame, saved);
            if (saved instanceof PException e) {
                throw e;
            } else if (saved instanceof ControlFlowException e) {
                throw e;
            }
            return;
        }
        if (finalbody == null) {
            executeExcept(frame, state, saved);
            return;
        }
        try {
            executeExcept(frame, state, saved);
        } catch (YieldException e) {
            throw e;
        } catch (PException e) {
            runFinally(frame, e);
            throw e;
        } catch (OutOfMemoryError | StackOverflowError e) {
            PException exhausted = PRaiseNode.exhausted(e);
            runFinally(frame, exhausted);
            throw exhausted;
        } catch (ControlFlowException e) {
            runFinally(frame, e);
            throw e;
        }
        runFinally(frame, null);
    }

    /** The finally block, run for {@code pending}: an exception, a return, break or continue, or null. */
    private void runFinally(VirtualFrame frame, Object pending) {
        MiniPyContext context = MiniPyContext.get(this);
        Object savedHandled = context.getHandledException();
        if (pending instanceof PException e) {
            context.setHandledException(e.getPythonException());
        }
        try {
            finalbody.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_FINALLY);
            frame.setObject(savedSlot, pending);
            throw e;
        } catch (PException e2) {
            if (pending instanceof PException e) {
                e.recordTraceback();
                TryNode.chain(e2, e.getPythonException());
            }
            throw e2;
        } finally {
            context.setHandledException(savedHandled);
        }
    }

    private void executeExcept(VirtualFrame frame, int state, Object saved) {
        if (state >= IN_HANDLER) {
            runHandler(frame, state - IN_HANDLER, (PBaseException) saved, true);
            return;
        }
        if (state != IN_ELSE) {
            try {
                body.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_BODY);
                throw e;
            } catch (PException e) {
                if (handlers.length == 0) {
                    throw e;
                }
                caught.enter();
                handle(frame, e);
                return;
            } catch (OutOfMemoryError | StackOverflowError e) {
                if (handlers.length == 0) {
                    throw e;
                }
                caught.enter();
                handle(frame, PRaiseNode.exhausted(e));
                return;
            }
        }
        if (orelse != null) {
            try {
                orelse.executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, IN_ELSE);
                throw e;
            }
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exception = e.getPythonException();
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i].matches(frame, exception)) {
                e.recordTraceback();
                runHandler(frame, i, exception, false);
                return;
            }
        }
        throw e;
    }

    @ExplodeLoop
    private void runHandler(VirtualFrame frame, int index, PBaseException exception, boolean resumed) {
        MiniPyContext context = MiniPyContext.get(this);
        Object savedHandled = context.getHandledException();
        context.setHandledException(exception);
        try {
            for (int i = 0; i < handlers.length; i++) {
                if (i == index) {
                    handlers[i].executeInGenerator(frame, exception, resumed);
                    return;
                }
            }
            throw CompilerDirectives.shouldNotReachHere();
        } catch (YieldException e) {
            frame.setInt(stateSlot, IN_HANDLER + index);
            frame.setObject(savedSlot, exception);
            throw e;
        } catch (PException e2) {
            TryNode.chain(e2, exception);
            throw e2;
        } finally {
            context.setHandledException(savedHandled);
        }
    }
}
