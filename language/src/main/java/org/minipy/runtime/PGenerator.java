package org.minipy.runtime;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

import org.minipy.nodes.generator.GeneratorResumeNode;

/**
 * A generator object (CPython's PyGenObject), made by calling a generator function or by a generator
 * expression: the frame of its code, kept between steps, and the call target that resumes the code on
 * that frame until its next {@code yield}. The value sent in ({@code send}) or the exception thrown in
 * ({@code throw}, {@code close}) waits here for the yield that resumes.
 */
public final class PGenerator extends PythonIterator {
    private final String name;
    private final String qualname;
    private final MaterializedFrame frame;
    private final RootCallTarget resume;
    private boolean started;
    private boolean finished;
    private boolean running;
    /** What the resumed yield evaluates to, or the exception it raises instead (then sent is null). */
    private Object sent;
    private PBaseException thrown;
    /** The value of the {@code return} that finished the generator, until next() or send() reports it. */
    private Object returnValue;
    /** The iterator a {@code yield from} delegates to while it is suspended there (gi_yieldfrom). */
    private Object delegate;

    public PGenerator(String name, String qualname, MaterializedFrame frame, RootCallTarget resume) {
        this.name = name;
        this.qualname = qualname;
        this.frame = frame;
        this.resume = resume;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public RootCallTarget getResumeTarget() {
        return resume;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isFinished() {
        return finished;
    }

    public boolean isRunning() {
        return running;
    }

    /** Entering the generator's code, with the value or exception that its suspended yield will see. */
    public void start(Object sentValue, PBaseException thrownException) {
        running = true;
        started = true;
        sent = sentValue;
        thrown = thrownException;
    }

    public void stop() {
        running = false;
    }

    public void finish(Object value) {
        finished = true;
        returnValue = value;
        delegate = null;
    }

    /** The sent value for the resumed yield, or null when it is to raise {@link #takeThrown()}. */
    public Object takeSent() {
        Object value = sent;
        sent = null;
        return value;
    }

    public PBaseException takeThrown() {
        PBaseException exception = thrown;
        thrown = null;
        return exception;
    }

    /** gen_send_ex's result on return: the value goes into the StopIteration only once. */
    public Object takeReturnValue() {
        Object value = returnValue;
        returnValue = null;
        return value == null ? PNone.NONE : value;
    }

    public Object getDelegate() {
        return delegate;
    }

    public void setDelegate(Object delegate) {
        this.delegate = delegate;
    }

    @Override
    public Object next() {
        return GeneratorResumeNode.getUncached().execute(this, PNone.NONE, null);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.generator;
    }
}
