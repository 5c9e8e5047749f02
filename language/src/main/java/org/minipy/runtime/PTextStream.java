package org.minipy.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sys.stdin, sys.stdout or sys.stderr, an {@code _io.TextIOWrapper}. The output streams are text streams over
 * one of the context's print streams, so that {@code sys.stdout.write} and {@code print} share one buffer and
 * keep their order. sys.stdin decodes the context's input as UTF-8 with universal newlines: {@code \r\n} and
 * {@code \r} read as {@code \n}, as CPython's text mode does.
 */
public final class PTextStream extends PythonObject {
    private final PrintStream out;
    private final PushbackReader in;

    /** A writable stream. */
    public PTextStream(PrintStream out) {
        this.out = out;
        this.in = null;
    }

    /** A readable stream; nothing is read before the program asks. */
    public PTextStream(InputStream in) {
        this.out = null;
        this.in = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
    }

    public boolean isReadable() {
        return in != null;
    }

    public boolean isWritable() {
        return out != null;
    }

    /** Returns the number of characters written, as TextIOWrapper.write does. */
    @TruffleBoundary
    public int write(String text) {
        out.print(text);
        return text.codePointCount(0, text.length());
    }

    @TruffleBoundary
    public void flush() {
        if (out != null) {
            out.flush();
        }
    }

    /** read(size): at most {@code size} characters, or (size negative) all up to the end of the input. */
    @TruffleBoundary
    public String read(long size) throws IOException {
        StringBuilder text = new StringBuilder();
        for (long n = 0; size < 0 || n < size; n++) {
            if (!appendCodePoint(text)) {
                break;
            }
        }
        return text.toString();
    }

    /** readline(size): up to and including the next newline, at most {@code size} characters if not negative; "" at the end. */
    @TruffleBoundary
    public String readline(long size) throws IOException {
        StringBuilder text = new StringBuilder();
        for (long n = 0; size < 0 || n < size; n++) {
            if (!appendCodePoint(text) || text.charAt(text.length() - 1) == '\n') {
                break;
            }
        }
        return text.toString();
    }

    /** Appends the next character (a surrogate pair counts as one, as in Python), false at the end of the input. */
    private boolean appendCodePoint(StringBuilder text) throws IOException {
        int c = in.read();
        if (c < 0) {
            return false;
        }
        if (c == '\r') {
            int next = in.read();
            if (next >= 0 && next != '\n') {
                in.unread(next);
            }
            c = '\n';
        }
        text.append((char) c);
        if (Character.isHighSurrogate((char) c)) {
            int low = in.read();
            if (low >= 0) {
                text.append((char) low);
            }
        }
        return true;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.TextIOWrapper;
    }
}
