package org.minipy.runtime;

import java.io.PrintStream;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * sys.stdout or sys.stderr: a text stream over one of the context's print streams, so that
 * {@code sys.stdout.write} and {@code print} share one buffer and keep their order. Its class,
 * {@code _io.TextIOWrapper}, is made by the sys module (there is no builtin class type for it).
 */
public final class PTextStream extends PythonObject {
    private final PythonClass pythonClass;
    private final PrintStream stream;

    public PTextStream(PythonClass pythonClass, PrintStream stream) {
        this.pythonClass = pythonClass;
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
        return PythonBuiltinClassType.object;
    }

    @Override
    public PythonClass getUserClass() {
        return pythonClass;
    }
}
