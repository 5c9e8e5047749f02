package org.minipy.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.PolyglotException;

/**
 * Reports a program that did not finish normally the way CPython does, and tells the exit status. A failure of
 * minipy itself becomes one SystemError line: Java stack traces are for minipy's developers, who get them with the
 * environment variable {@code MINIPY_DEBUG=1}.
 */
final class ErrorReporter {

    static final String INTERNAL_ERROR = "SystemError: internal error in minipy (this is a minipy bug): ";

    /** CPython's exit status after an uncaught KeyboardInterrupt: killed by SIGINT, as the shell reports it. */
    static final int INTERRUPTED = 130;

    private final PrintStream err;
    private final boolean debug = "1".equals(System.getenv("MINIPY_DEBUG"));

    ErrorReporter(PrintStream err) {
        this.err = err;
    }

    int report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isInterrupted() || e.isCancelled()) {
            err.println("KeyboardInterrupt");
            return INTERRUPTED;
        }
        if (!e.isGuestException() || e.isInternalError() || e.isResourceExhausted()) {
            return internalError(e);
        }
        try {
            if (e.isSyntaxError()) {
                SyntaxErrorFormatter.print(e, err);
            } else {
                TracebackFormatter.print(e, err);
            }
        } catch (RuntimeException formatting) {
            return internalError(formatting);
        }
        return 1;
    }

    int internalError(Throwable t) {
        String message = t instanceof PolyglotException ? t.getMessage() : t.toString();
        err.println(INTERNAL_ERROR + message);
        if (debug) {
            t.printStackTrace(err);
        }
        return 1;
    }
}
