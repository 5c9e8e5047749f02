package org.minipy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.instrumentation.GenerateWrapper;
import com.oracle.truffle.api.instrumentation.InstrumentableNode;
import com.oracle.truffle.api.instrumentation.ProbeNode;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.instrumentation.Tag;

/**
 * A statement. Statements are instrumentable with {@link StandardTags.StatementTag}, which is what
 * ResourceLimits' statement limit and debuggers count.
 */
@GenerateWrapper
public abstract class StatementNode extends PyNode implements InstrumentableNode {
    private boolean isStatement;

    public abstract void executeVoid(VirtualFrame frame);

    public final void markAsStatement() {
        this.isStatement = true;
    }

    @Override
    public boolean isInstrumentable() {
        return hasSource();
    }

    @Override
    public WrapperNode createWrapper(ProbeNode probe) {
        return new StatementNodeWrapper(this, probe);
    }

    @Override
    public boolean hasTag(Class<? extends Tag> tag) {
        return isStatement && tag == StandardTags.StatementTag.class;
    }
}
