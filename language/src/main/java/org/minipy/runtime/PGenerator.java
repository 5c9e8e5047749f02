package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.nodes.IndirectCallNode;

import org.minipy.nodes.PRaiseNode;

/**
 * A generator made by a generator expression: the frame of its code, kept between steps, and the
 * call target that runs the next step on that frame. Values are computed only when asked for, as in
 * CPython.
 */
public final class PGenerator extends PythonIterator {
    private final String name;
    private final MaterializedFrame frame;
    private final RootCallTarget resume;
    /** How deep in the nested for clauses the last value was produced; -1 before the first step. */
    private int level = -1;
    private boolean finished;
    private boolean running;

    public PGenerator(String name, MaterializedFrame frame, RootCallTarget resume) {
        this.name = name;
        this.frame = frame;
        this.resume = resume;
    }

    public String getName() {
        return name;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resume;
    }

    public int getLevel() {
        return level;
    }

    public void setLevel(int level) {
        this.level = level;
    }

    public boolean isFinished() {
        return finished;
    }

    public void finish() {
        finished = true;
    }

    /** gen_send_ex's guard: a generator cannot be resumed from inside itself. */
    public void enter() {
        if (running) {
            throw PRaiseNode.raise(null, PythonBuiltinClassType.ValueError, "generator already executing");
        }
        running = true;
    }

    public void exit() {
        running = false;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        return next(IndirectCallNode.getUncached());
    }

    /** The next step, run through {@code call}: the call's location is the caller's line in tracebacks. */
    public Object next(IndirectCallNode call) {
        if (finished) {
            return null;
        }
        return call.call(resume, this);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.generator;
    }
}
