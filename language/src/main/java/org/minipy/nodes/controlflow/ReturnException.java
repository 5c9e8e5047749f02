package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Carries a return value to the function's root node. */
public final class ReturnException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
