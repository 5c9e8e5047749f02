package org.minipy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;
import org.minipy.runtime.PCode;

/** A root node of Python code (module or function), with the source it came from for tracebacks. */
public abstract class MiniPyRootNode extends RootNode {
    private final SourceSection sourceSection;
    private final String name;
    /** Made when a traceback first names this code, so that its frames share one code object. */
    private PCode code;

    protected MiniPyRootNode(MiniPyLanguage language, FrameDescriptor descriptor, SourceSection sourceSection, String name) {
        super(language, descriptor);
        this.sourceSection = sourceSection;
        this.name = name;
    }

    @Override
    public SourceSection getSourceSection() {
        return sourceSection;
    }

    @Override
    public String getName() {
        return name;
    }

    /**
     * A list, set or dict comprehension: CPython 3.12+ runs it inline in the enclosing frame (PEP 709), so tracebacks
     * show no frame of its own.
     */
    public boolean isInlinedComprehension() {
        return false;
    }

    @TruffleBoundary
    public PCode getCode() {
        if (code == null) {
            code = new PCode(sourceSection, name);
        }
        return code;
    }

    @Override
    public String toString() {
        return name;
    }
}
