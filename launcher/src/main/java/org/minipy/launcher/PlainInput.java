package org.minipy.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * REPL lines from a stream that is not a terminal ({@code minipy -i < file}). Prompts go to stderr as in CPython.
 * Reads byte by byte so that a program's own {@code input()} finds the lines after the current one.
 */
final class PlainInput implements ReplInput {

    private final InputStream in;
    private final PrintStream prompts;

    PlainInput(InputStream in, PrintStream prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    @Override
    public String readLine(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                prompts.println();
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void onInterrupt(Runnable action) {
        // Without a terminal there is no Ctrl-C to catch: SIGINT ends the process as usual.
    }

    @Override
    public void close() {
        // The stream belongs to the caller.
    }
}
