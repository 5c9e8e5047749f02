package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop for {@code break}. */
public final class BreakException extends ControlFlowException {
    public static final BreakException INSTANCE = new BreakException();
    private static final long serialVersionUID = 1L;
}
