package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the innermost loop's next iteration for {@code continue}. */
public final class ContinueException extends ControlFlowException {
    public static final ContinueException INSTANCE = new ContinueException();
    private static final long serialVersionUID = 1L;
}
