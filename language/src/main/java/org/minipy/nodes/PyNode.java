package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

/**
 * Base of all executable minipy nodes. Like SimpleLanguage, a node keeps only the character range of
 * its source and builds the SourceSection when a traceback or a tool asks for it.
 */
@TypeSystemReference(MiniPyTypes.class)
@NodeInfo(language = "minipy")
public abstract class PyNode extends Node {
    private int sourceCharIndex = -1;
    private int sourceLength;

    public final void setSourceSection(int charIndex, int length) {
        this.sourceCharIndex = charIndex;
        this.sourceLength = length;
    }

    public final boolean hasSource() {
        return sourceCharIndex >= 0;
    }

    @Override
    @TruffleBoundary
    public final SourceSection getSourceSection() {
        if (sourceCharIndex < 0) {
            return null;
        }
        RootNode root = getRootNode();
        if (root == null || root.getSourceSection() == null) {
            return null;
        }
        Source source = root.getSourceSection().getSource();
        int end = Math.min(sourceCharIndex + sourceLength, source.getLength());
        return source.createSection(Math.min(sourceCharIndex, end), end - Math.min(sourceCharIndex, end));
    }
}
