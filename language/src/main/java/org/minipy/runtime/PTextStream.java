package org.minipy.runtime;

import java.io.PrintStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sys.stdout or sys.stderr, an {@code _io.TextIOWrapper}: a text stream over one of the context's
 * print streams, so that {@code sys.stdout.write} and {@code print} share one buffer and keep their order.
 */
public final class PTextStream extends PythonObject {
    private final PrintStream stream;

    public PTextStream(PrintStream stream) {
        this.stream = stream;
    }

    /** Returns the number of characters written, as TextIOWrapper.write does. */
    @TruffleBoundary
    public int write(String text) {
        stream.print(text);
        return text.codePointCount(0, text.length());
    }

    @TruffleBoundary
    public void flush() {
        stream.flush();
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.TextIOWrapper;
    }
}
