package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.controlflow.ReturnException;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;

import static org.minipy.runtime.PythonBuiltinClassType.RecursionError;
import static org.minipy.runtime.PythonBuiltinClassType.RuntimeError;
import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;

/**
 * One step of a generator (gen_send_ex2): runs the generator's body on the generator's own frame from
 * where it was suspended to the next yield, and returns the yielded value, or null when the body ends
 * (its return value is then in the generator). Arguments: the generator, the value to send (null to
 * throw instead) and the exception to throw.
 */
public final class GeneratorRootNode extends MiniPyRootNode {
    @Child private StatementNode body;

    public GeneratorRootNode(MiniPyLanguage language, SourceSection section, String name, StatementNode body) {
        super(language, null, section, name);
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame callerFrame) {
        Object[] args = callerFrame.getArguments();
        PGenerator generator = (PGenerator) args[0];
        PBaseException thrown = (PBaseException) args[2];
        if (thrown != null && !generator.isStarted()) {
            // thrown into a generator that has not started: raised at its first line, before its code runs
            generator.finish(PNone.NONE);
            throw PRaiseNode.raise(body, thrown);
        }
        MiniPyContext context = MiniPyContext.get(this);
        if (!context.enterFrame()) {
            context.exitFrame();
            throw PRaiseNode.raise(null, RecursionError, "maximum recursion depth exceeded");
        }
        generator.start(args[1], thrown);
        try {
            body.executeVoid(generator.getFrame());
            generator.finish(PNone.NONE);
            return null;
        } catch (YieldException e) {
            return e.getValue();
        } catch (ReturnException e) {
            generator.finish(e.getValue());
            return null;
        } catch (PException e) {
            generator.finish(PNone.NONE);
            if (e.isOfType(StopIteration)) {
                throw stopIterationRaised(e);
            }
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            generator.finish(PNone.NONE);
            throw PRaiseNode.raise(null, RecursionError, "maximum recursion depth exceeded");
        } finally {
            generator.stop();
            context.exitFrame();
        }
    }

    /** PEP 479 (_PyGen_SetStopIterationValue's counterpart in gen_send_ex2): StopIteration must not leak out as the end. */
    private PException stopIterationRaised(PException e) {
        CompilerDirectives.transferToInterpreter();
        e.recordTraceback();
        PException error = PRaiseNode.raise(e.getLocation(), RuntimeError, "generator raised StopIteration");
        PBaseException cause = e.getPythonException();
        error.getPythonException().setCause(cause);
        error.getPythonException().setContext(cause);
        error.getPythonException().setSuppressContext(true);
        return error;
    }
}
