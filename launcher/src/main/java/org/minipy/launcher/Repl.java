package org.minipy.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.jline.reader.UserInterruptException;

/**
 * The interactive loop. Lines gather until they form a complete statement: the language tells an incomplete one
 * apart (isIncompleteSource), and echoes the values of expression statements of interactive sources itself.
 */
final class Repl {

    private static final String PS1 = ">>> ";
    private static final String PS2 = "... ";

    /** How long Ctrl-C waits for a running program to reach a safepoint before giving up. */
    private static final Duration INTERRUPT_TIMEOUT = Duration.ofSeconds(5);

    private final Context context;
    private final ReplInput input;
    private final ErrorReporter reporter;
    private final PrintStream out;
    private final PrintStream err;

    Repl(Context context, ReplInput input, ErrorReporter reporter, PrintStream out, PrintStream err) {
        this.context = context;
        this.input = input;
        this.reporter = reporter;
        this.out = out;
        this.err = err;
    }

    /** Runs until the end of the input or {@code sys.exit()}, and returns the exit status. */
    int run() {
        input.onInterrupt(this::interruptProgram);
        StringBuilder pending = new StringBuilder();
        while (true) {
            out.flush();
            err.flush();
            String line;
            try {
                line = input.readLine(pending.isEmpty() ? PS1 : PS2);
            } catch (UserInterruptException e) {
                err.println("KeyboardInterrupt");
                pending.setLength(0);
                continue;
            }
            if (line == null) {
                return 0;
            }
            if (pending.isEmpty() && line.isBlank()) {
                continue;
            }
            pending.append(line).append('\n');
            Source source = Source.newBuilder(MiniPyMain.LANGUAGE, pending.toString(), MiniPyMain.STDIN_NAME)
                    .interactive(true)
                    .buildLiteral();
            try {
                context.eval(source);
            } catch (PolyglotException e) {
                if (e.isIncompleteSource()) {
                    continue;
                }
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                reporter.report(e);
            }
            pending.setLength(0);
        }
    }

    private void interruptProgram() {
        try {
            context.interrupt(INTERRUPT_TIMEOUT);
        } catch (TimeoutException e) {
            err.println("minipy: the program did not stop within " + INTERRUPT_TIMEOUT.toSeconds() + " s of Ctrl-C");
        }
    }
}
