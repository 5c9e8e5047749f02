package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** Closing generators and the iterators a {@code yield from} delegates to. */
public final class GeneratorClose {
    private GeneratorClose() {
    }

    /**
     * gen_close: GeneratorExit thrown in at the yield it is suspended at; it must end (it returns its return
     * value then), not yield again. A generator that has not started or has finished just becomes finished.
     */
    @TruffleBoundary
    public static Object close(Node location, PGenerator generator) {
        if (!generator.isStarted() || generator.isFinished()) {
            generator.finish(PNone.NONE);
            return PNone.NONE;
        }
        Object yielded;
        try {
            yielded = GeneratorResumeNode.getUncached().execute(generator, null, new PBaseException(PythonBuiltinClassType.GeneratorExit));
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.GeneratorExit) || e.isOfType(PythonBuiltinClassType.StopIteration)) {
                return PNone.NONE;
            }
            throw e;
        }
        if (yielded != null) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.RuntimeError, "generator ignored GeneratorExit");
        }
        return generator.takeReturnValue();
    }

    /** gen_close_iter: a generator is closed, another iterator only if it has a close method. */
    @TruffleBoundary
    static void closeDelegate(Node location, Object iterator) {
        if (iterator instanceof PGenerator g) {
            close(location, g);
            return;
        }
        Object close = PyObjectGetAttrNode.lookup(iterator, "close");
        if (close != null) {
            PyObjectCallNode.getUncached().execute(close, PArguments.ofPositional());
        }
    }
}
