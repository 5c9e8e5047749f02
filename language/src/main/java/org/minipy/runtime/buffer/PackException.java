package org.minipy.runtime.buffer;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Why a value could not be packed into an item. Each consumer turns it into its own Python error:
 * struct.error (struct), TypeError/ValueError "memoryview: invalid type/value for format" (memoryview),
 * OverflowError/TypeError (array.array).
 */
public final class PackException extends ControlFlowException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Not an int and no __index__ ("required argument is not an integer"). */
        NOT_AN_INTEGER,
        /** Not a real number ("required argument is not a float"). */
        NOT_A_FLOAT,
        /** c needs a bytes object of length 1; s/p need bytes. */
        NOT_BYTES,
        /** u/w need a str of one character. */
        NOT_A_CHARACTER,
        /** An int outside the format's range; {@link #isTooLarge()} tells which end. */
        OUT_OF_RANGE,
        /** A float too large for 'e' or 'f'. */
        FLOAT_OVERFLOW,
        /** A bytes object of length other than 1 for 'c'. */
        WRONG_LENGTH
    }

    private final Reason reason;
    private final FormatCode format;
    private final boolean tooLarge;
    private final Object value;

    public PackException(Reason reason, FormatCode format, boolean tooLarge, Object value) {
        this.reason = reason;
        this.format = format;
        this.tooLarge = tooLarge;
        this.value = value;
    }

    public Reason getReason() {
        return reason;
    }

    public FormatCode getFormat() {
        return format;
    }

    public boolean isTooLarge() {
        return tooLarge;
    }

    /** The value that did not fit (after __index__ for ints). */
    public Object getValue() {
        return value;
    }

    /** True for reasons CPython reports as a type problem rather than a value problem. */
    public boolean isTypeError() {
        return reason == Reason.NOT_AN_INTEGER || reason == Reason.NOT_A_FLOAT || reason == Reason.NOT_BYTES || reason == Reason.NOT_A_CHARACTER;
    }
}
