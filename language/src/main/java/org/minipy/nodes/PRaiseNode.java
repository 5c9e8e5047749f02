package org.minipy.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * Creates Python exceptions of builtin types. Formatting the message is kept out of compiled code;
 * callers write {@code throw PRaiseNode.raise(this, TypeError, "...%s...", x)} so that the compiler
 * sees the control flow end.
 */
public final class PRaiseNode {
    private PRaiseNode() {
    }

    public static PException raise(Node location, PythonBuiltinClassType type, String message) {
        CompilerDirectives.transferToInterpreter();
        return raiseBoundary(location, type, message);
    }

    public static PException raise(Node location, PythonBuiltinClassType type, String format, Object... args) {
        CompilerDirectives.transferToInterpreter();
        return raiseBoundary(location, type, String.format(format, args));
    }

    @TruffleBoundary
    private static PException raiseBoundary(Node location, PythonBuiltinClassType type, String message) {
        return new PException(new PBaseException(type, message), location);
    }

    /** Raises an existing exception object again (for {@code raise e}). */
    @TruffleBoundary
    public static PException raise(Node location, PBaseException exception) {
        return new PException(exception, location);
    }

    /** A bare {@code raise}: the exception being handled goes on with its traceback (RERAISE). */
    @TruffleBoundary
    public static PException reraise(Node location, PBaseException exception) {
        return new PException(exception, location, true);
    }

    /**
     * The JVM running out of heap or stack, as CPython's MemoryError or RecursionError. A failed allocation has
     * allocated nothing and an overflowed stack has unwound, so the code that handles the error can go on.
     */
    public static PException exhausted(VirtualMachineError e) {
        CompilerDirectives.transferToInterpreter();
        if (e instanceof StackOverflowError) {
            return raise(null, PythonBuiltinClassType.RecursionError, "maximum recursion depth exceeded");
        }
        return raiseNoArgs(null, PythonBuiltinClassType.MemoryError);
    }

    /** An exception with no arguments at all, as {@code raise StopIteration} makes. */
    @TruffleBoundary
    public static PException raiseNoArgs(Node location, PythonBuiltinClassType type) {
        return new PException(new PBaseException(type), location);
    }
}
