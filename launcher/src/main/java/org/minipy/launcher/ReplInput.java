package org.minipy.launcher;

/** Where the REPL's lines come from: a terminal with line editing, or a plain stream. */
interface ReplInput extends AutoCloseable {

    /**
     * Shows {@code prompt} and reads one line, without its line terminator.
     *
     * @return the line, or null at the end of the input (Ctrl-D)
     * @throws org.jline.reader.UserInterruptException when the user cancels the line (Ctrl-C)
     */
    String readLine(String prompt);

    /** Runs {@code action} when the user presses Ctrl-C while a program runs. */
    void onInterrupt(Runnable action);

    @Override
    void close();
}
