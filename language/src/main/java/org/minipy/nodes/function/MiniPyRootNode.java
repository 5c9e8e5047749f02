package org.minipy.nodes.function;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;

/** A root node of Python code (module or function), with the source it came from for tracebacks. */
public abstract class MiniPyRootNode extends RootNode {
    private final SourceSection sourceSection;
    private final String name;

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

    @Override
    public String toString() {
        return name;
    }
}
