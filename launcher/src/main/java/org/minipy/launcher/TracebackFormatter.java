package org.minipy.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * Prints an uncaught Python exception as CPython's {@code traceback.print_exception} does: the chain of causes and
 * contexts first, each with the frames of its {@code __traceback__}, most recent call last.
 */
final class TracebackFormatter {

    /** traceback._RECURSIVE_CUTOFF: a frame repeated more often than this is summarised. */
    private static final int RECURSIVE_CUTOFF = 3;

    /** The classes that traceback.format_exception_only prints with their file, line and carets. */
    private static final Set<String> SYNTAX_ERRORS = Set.of("SyntaxError", "IndentationError", "TabError");

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
        SourceLines lines = new SourceLines();
        for (int k = chain.size() - 1; k >= 0; k--) {
            Link link = chain.get(k);
            printOne(link.exception, lines, err);
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

    /** The attribute, or null for None. */
    private static Value member(Value object, String name) {
        Value value = object.hasMember(name) ? object.getMember(name) : null;
        return value == null || value.isNull() ? null : value;
    }

    private static boolean isTrue(Value value) {
        return value != null && value.isBoolean() && value.asBoolean();
    }

    /** The polyglot API shows an exception's message only on a thrown exception. */
    private static PolyglotException rethrow(Value exception) {
        try {
            throw exception.throwException();
        } catch (PolyglotException e) {
            return e;
        }
    }

    /** An exception never raised has no traceback: just its message. */
    private static void printOne(PolyglotException exception, SourceLines lines, PrintStream err) {
        Value guest = exception.getGuestObject();
        List<Frame> frames = frames(guest == null ? null : member(guest, "__traceback__"));
        if (!frames.isEmpty()) {
            err.println("Traceback (most recent call last):");
            printFrames(frames, lines, err);
        }
        Value meta = guest == null ? null : guest.getMetaObject();
        if (meta != null && SYNTAX_ERRORS.contains(meta.getMetaQualifiedName()) && guest.hasMember("msg")) {
            SyntaxErrorFormatter.printRaised(guest, meta.getMetaQualifiedName(), err);
            return;
        }
        err.println(lastLine(exception));
    }

    /**
     * traceback.format_exception_only: the class as tracebacks name it (the meta-object's qualified name), then
     * str(e), which is the polyglot message, unless it is empty.
     */
    private static String lastLine(PolyglotException exception) {
        Value guest = exception.getGuestObject();
        String message = exception.getMessage();
        Value meta = guest == null ? null : guest.getMetaObject();
        if (meta == null) {
            return message;
        }
        String type = meta.getMetaQualifiedName();
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }

    /**
     * One entry of a traceback: where the exception passed, and the source of the frame's code if known; the
     * position of the expression or statement running there ends at column {@code endColno} (exclusive) of line
     * {@code endLineno}, and {@code colno} is -1 if it is not known.
     */
    private record Frame(String filename, int lineno, String name, Source source, int endLineno, int colno, int endColno) {
    }

    /** traceback.walk_tb: from the frame that caught the exception (or the outermost) to the one that raised it. */
    private static List<Frame> frames(Value traceback) {
        List<Frame> frames = new ArrayList<>();
        for (Value tb = traceback; tb != null; tb = member(tb, "tb_next")) {
            Value code = tb.getMember("tb_frame").getMember("f_code");
            SourceSection location = code.getSourceLocation();
            int lineno = tb.getMember("tb_lineno").asInt();
            SourceSection position = tb.getSourceLocation();
            int endLineno = lineno;
            int colno = -1;
            int endColno = -1;
            if (position != null && position.hasColumns() && position.getStartLine() == lineno) {
                endLineno = position.getEndLine();
                colno = position.getStartColumn() - 1;
                endColno = position.getCharLength() == 0 ? colno : position.getEndColumn();
            }
            frames.add(new Frame(code.getMember("co_filename").asString(), lineno, code.getMember("co_name").asString(),
                    location == null ? null : location.getSource(), endLineno, colno, endColno));
        }
        return frames;
    }

    /** traceback.StackSummary.format: runs of the same frame are cut after three. */
    private static void printFrames(List<Frame> frames, SourceLines lines, PrintStream err) {
        Frame last = null;
        int count = 0;
        for (Frame frame : frames) {
            if (last == null || !sameLine(last, frame)) {
                printRepeated(count, err);
                last = frame;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                printFrame(frame, lines, err);
            }
        }
        printRepeated(count, err);
    }

    private static boolean sameLine(Frame a, Frame b) {
        return a.filename.equals(b.filename) && a.lineno == b.lineno && a.name.equals(b.name);
    }

    private static void printRepeated(int count, PrintStream err) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            err.println("  [Previous line repeated " + more + " more time" + (more > 1 ? "s" : "") + "]");
        }
    }

    /** StackSummary.format_frame_summary: the frame's line, then its source with PEP 657's markers. */
    private static void printFrame(Frame frame, SourceLines lines, PrintStream err) {
        err.println("  File \"" + frame.filename + "\", line " + frame.lineno + ", in " + frame.name);
        List<String> original = new ArrayList<>();
        boolean blank = true;
        for (int n = frame.lineno; n <= frame.endLineno; n++) {
            String line = lines.rawLine(frame.filename, frame.source, n);
            original.add(line);
            blank &= line.isBlank();
        }
        if (blank) {
            return;
        }
        if (frame.colno < 0) {
            // only the first line if the column information is missing
            err.println("    " + original.get(0).strip());
            return;
        }
        for (String line : FrameSourceFormatter.format(original, frame.colno, frame.endColno)) {
            err.println(line);
        }
    }
}
