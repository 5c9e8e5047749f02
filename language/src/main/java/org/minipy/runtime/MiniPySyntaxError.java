package org.minipy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.parser.SyntaxErrorException;

/**
 * A SyntaxError (or IndentationError, TabError) found while parsing, as the host sees it: a parse
 * error whose message is the traceback's last line and whose location is the offending range.
 */
@ExportLibrary(InteropLibrary.class)
public final class MiniPySyntaxError extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final SourceSection location;
    private final boolean incomplete;
    /** What the parser found, with CPython's SyntaxError fields; null for errors the translator finds. */
    private final SyntaxErrorException detail;

    public MiniPySyntaxError(String message, SourceSection location, boolean incomplete) {
        this(message, location, incomplete, null);
    }

    public MiniPySyntaxError(String message, SourceSection location, boolean incomplete, SyntaxErrorException detail) {
        super(message);
        this.location = location;
        this.incomplete = incomplete;
        this.detail = detail;
    }

    public SourceSection getErrorSection() {
        return location;
    }

    public SyntaxErrorException getDetail() {
        return detail;
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
