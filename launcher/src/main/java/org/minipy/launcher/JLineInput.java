package org.minipy.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** REPL lines from the terminal through JLine: line editing, and history kept in {@code ~/.minipy_history}. */
final class JLineInput implements ReplInput {

    private final Terminal terminal;
    private final LineReader reader;

    JLineInput() throws IOException {
        terminal = TerminalBuilder.builder().system(true).build();
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("minipy")
                .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".minipy_history"))
                // Event expansion would read "!" and drop backslashes, both common in Python code.
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                // Tab indents, as in CPython's REPL; there is no completion to offer.
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    /** The terminal's input as a program's stdin: reading it directly would race with JLine's own reader. */
    InputStream programInput() {
        return terminal.input();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (EndOfFileException e) {
            terminal.writer().println();
            terminal.writer().flush();
            return null;
        }
    }

    @Override
    public void onInterrupt(Runnable action) {
        terminal.handle(Terminal.Signal.INT, signal -> action.run());
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
