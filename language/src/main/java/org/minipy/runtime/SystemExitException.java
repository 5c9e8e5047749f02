package org.minipy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/** An uncaught SystemExit leaving the program: the host sees an exit with this status. */
@ExportLibrary(InteropLibrary.class)
public final class SystemExitException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public SystemExitException(int status, Node location) {
        super(location);
        this.status = status;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.EXIT;
    }

    @ExportMessage
    int getExceptionExitStatus() {
        return status;
    }
}
