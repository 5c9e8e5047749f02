package org.minipy.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Prints an uncaught Python exception as CPython's {@code traceback.print_exception} does: the chain of causes and
 * contexts first, each with its frames, most recent call last.
 */
final class TracebackFormatter {

    /** traceback._RECURSIVE_CUTOFF: a frame repeated more often than this is summarised. */
    private static final int RECURSIVE_CUTOFF = 3;

    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n";

    /** One exception of the chain and the sentence that leads from it to the exception it caused. */
    private record Link(PolyglotException exception, String message) {
    }

    private TracebackFormatter() {
    }

    static void print(PolyglotException uncaught, PrintStream err) {
        List<Link> chain = chain(uncaught);
        for (int k = chain.size() - 1; k >= 0; k--) {
            Link link = chain.get(k);
            printOne(link.exception, err);
            if (k > 0) {
                err.println(link.message);
            }
        }
    }

    /**
     * The uncaught exception, then its {@code __cause__} or (unless suppressed) {@code __context__}, and so on,
     * stopping at an exception already seen as TracebackException.__init__ does.
     */
    private static List<Link> chain(PolyglotException uncaught) {
        List<Link> chain = new ArrayList<>();
        List<Value> seen = new ArrayList<>();
        PolyglotException current = uncaught;
        String message = null;
        while (current != null) {
            chain.add(new Link(current, message));
            Value exception = current.getGuestObject();
            if (exception == null) {
                break;
            }
            seen.add(exception);
            Value cause = member(exception, "__cause__");
            Value context = member(exception, "__context__");
            Value next;
            if (cause != null) {
                next = cause;
                message = CAUSE_MESSAGE;
            } else if (context != null && !isTrue(member(exception, "__suppress_context__"))) {
                next = context;
                message = CONTEXT_MESSAGE;
            } else {
                break;
            }
            if (seen.contains(next)) {
                break;
            }
            current = rethrow(next);
        }
        return chain;
    }

    private static Value member(Value exception, String name) {
        Value value = exception.hasMember(name) ? exception.getMember(name) : null;
        return value == null || value.isNull() ? null : value;
    }

    private static boolean isTrue(Value value) {
        return value != null && value.isBoolean() && value.asBoolean();
    }

    /** The polyglot API shows an exception's frames and message only on a thrown exception. */
    private static PolyglotException rethrow(Value exception) {
        try {
            throw exception.throwException();
        } catch (PolyglotException e) {
            return e;
        }
    }

    private static void printOne(PolyglotException exception, PrintStream err) {
        List<PolyglotException.StackFrame> frames = new ArrayList<>();
        for (PolyglotException.StackFrame frame : exception.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                frames.add(frame);
            }
        }
        if (!frames.isEmpty()) {
            err.println("Traceback (most recent call last):");
            printFrames(frames.reversed(), err);
        }
        err.println(exception.getMessage());
    }

    /** traceback.StackSummary.format: runs of the same frame are cut after three. */
    private static void printFrames(List<PolyglotException.StackFrame> frames, PrintStream err) {
        PolyglotException.StackFrame last = null;
        int count = 0;
        for (PolyglotException.StackFrame frame : frames) {
            if (last == null || !sameLine(last, frame)) {
                printRepeated(count, err);
                last = frame;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                printFrame(frame, err);
            }
        }
        printRepeated(count, err);
    }

    private static boolean sameLine(PolyglotException.StackFrame a, PolyglotException.StackFrame b) {
        SourceSection x = a.getSourceLocation();
        SourceSection y = b.getSourceLocation();
        return x.getSource().getName().equals(y.getSource().getName()) && x.getStartLine() == y.getStartLine()
                && Objects.equals(a.getRootName(), b.getRootName());
    }

    private static void printRepeated(int count, PrintStream err) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            err.println("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
        }
    }

    private static void printFrame(PolyglotException.StackFrame frame, PrintStream err) {
        SourceSection location = frame.getSourceLocation();
        Source source = location.getSource();
        int line = location.getStartLine();
        err.println("  File \"" + source.getName() + "\", line " + line + ", in " + frame.getRootName());
        if (hasReadableLines(source) && line <= source.getLineCount()) {
            String text = source.getCharacters(line).toString().strip();
            if (!text.isEmpty()) {
                err.println("    " + text);
            }
        }
    }

    /**
     * Whether CPython's linecache would find the frame's line: not for a program piped into {@code minipy -}, whose
     * text is gone once read.
     */
    private static boolean hasReadableLines(Source source) {
        return source.hasCharacters() && !(source.getName().equals(MiniPyMain.STDIN_NAME) && !source.isInteractive());
    }
}
