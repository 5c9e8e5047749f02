package org.minipy.fuzz.parser;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/**
 * Compiles a source the way minipy does before running it (Context.parse: lexer, parser, scope
 * analysis and translation to Truffle nodes) and sorts the result into a clean outcome, accepted or a
 * SyntaxError with its line, or a finding: any other exception, or no answer within the time bound.
 * The work runs on a thread of its own with the launcher's 16 MB stack, so that deep nesting meets the
 * limits a user meets and a hang can be abandoned.
 */
final class ParseOracle implements AutoCloseable {

    /** What one compilation ended in; {@code signature} identifies a finding, {@code line} a SyntaxError's line. */
    record Outcome(Kind kind, String detail, int line, String signature) {

        enum Kind {
            ACCEPTED, SYNTAX_ERROR, CRASH, TIMEOUT
        }

        boolean clean() {
            return kind == Kind.ACCEPTED || kind == Kind.SYNTAX_ERROR;
        }

        @Override
        public String toString() {
            return kind + (detail.isEmpty() ? "" : " " + detail) + (line > 0 ? " (line " + line + ")" : "");
        }
    }

    private static final long STACK_BYTES = 16L << 20;

    private final long timeoutMillis;
    private ExecutorService worker;
    private Context context;

    ParseOracle(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
        start();
    }

    private void start() {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(null, task, "parser-fuzz", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        // the context is made on the worker: minipy contexts are single-threaded
        context = submitQuietly(() -> Context.newBuilder("minipy").build());
    }

    /**
     * Compiles without a time bound: the first compiles of a JVM load and initialise minipy's classes,
     * which takes seconds on a loaded machine and says nothing about the input.
     */
    void warmUp(String text) {
        Source source = Source.newBuilder("minipy", text, "warmup.py").cached(false).buildLiteral();
        submitQuietly(() -> classify(source));
    }

    Outcome compile(String text, boolean interactive) {
        Source source = Source.newBuilder("minipy", text, "fuzz.py").interactive(interactive).cached(false).buildLiteral();
        Future<Outcome> f = worker.submit(() -> classify(source));
        try {
            return f.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the thread cannot be stopped inside the parser: leave it (a daemon) and go on with a fresh one
            worker.shutdownNow();
            start();
            return new Outcome(Outcome.Kind.TIMEOUT, "no result within " + timeoutMillis + " ms", 0, "timeout");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            return crash(e.getCause());
        }
    }

    private Outcome classify(Source source) {
        try {
            context.parse(source);
            return new Outcome(Outcome.Kind.ACCEPTED, "", 0, "");
        } catch (PolyglotException e) {
            if (e.isSyntaxError() && !e.isInternalError() && isPythonSyntaxError(e.getMessage())) {
                SourceSection at = e.getSourceLocation();
                return new Outcome(Outcome.Kind.SYNTAX_ERROR, e.getMessage(), at == null ? 0 : at.getStartLine(), "");
            }
            return crash(e);
        } catch (Throwable e) {
            return crash(e);
        }
    }

    /**
     * The errors CPython's compile() ends in: SyntaxError and its subclasses, and for source nested too
     * deeply for its parser or compiler, MemoryError and RecursionError with their fixed messages.
     */
    private static boolean isPythonSyntaxError(String message) {
        return message != null && (message.startsWith("SyntaxError: ") || message.startsWith("IndentationError: ")
                        || message.startsWith("TabError: ")
                        || message.equals("MemoryError: Parser stack overflowed - Python source too complex to parse")
                        || message.equals("RecursionError: maximum recursion depth exceeded during compilation"));
    }

    /** A finding, identified by what was thrown and the first minipy frame it came through. */
    private static Outcome crash(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.minipy.") && !frame.getClassName().startsWith("org.minipy.fuzz.")) {
                where = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName() + ":"
                                + frame.getLineNumber();
                break;
            }
        }
        String what = e instanceof PolyglotException p && p.isInternalError() ? firstWord(p.getMessage()) : e.getClass().getName();
        return new Outcome(Outcome.Kind.CRASH, String.valueOf(e), 0, what + " at " + where);
    }

    /** An internal error's message starts with the Java exception's class name. */
    private static String firstWord(String message) {
        if (message == null) {
            return "internal error";
        }
        int colon = message.indexOf(':');
        return colon < 0 ? message : message.substring(0, colon);
    }

    private <T> T submitQuietly(Callable<T> task) {
        try {
            return worker.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        Context c = context;
        submitQuietly(() -> {
            c.close();
            return null;
        });
        worker.shutdown();
    }
}
