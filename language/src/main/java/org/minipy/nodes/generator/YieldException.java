package org.minipy.nodes.generator;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Suspends a generator: thrown by a yield with the value it yields, it unwinds the generator's body to
 * its {@link GeneratorRootNode}. Each resumable node it passes notes in the generator's frame where to go
 * on, so that the next resume re-enters the body straight to that yield.
 */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
