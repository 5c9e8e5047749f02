package org.minipy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A SyntaxError (or IndentationError, TabError) found while parsing, as the host sees it: a parse
 * error whose message is the traceback's last line and whose location is the offending range.
 */
@ExportLibrary(InteropLibrary.class)
public final class MiniPySyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final SourceSection location;
    private final boolean incomplete;

    public MiniPySyntaxError(String message, SourceSection location, boolean incomplete) {
        super(message);
        this.location = location;
        this.incomplete = incomplete;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.PARSE_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return incomplete;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return location != null;
    }

    @ExportMessage(name = "getSourceLocation")
    SourceSection getErrorLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        if (location == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return location;
    }
}
