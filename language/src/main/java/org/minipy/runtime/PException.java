package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.object.PyObjectStrNode;

/**
 * The Java throwable that carries a Python exception object up the stack. Truffle records the guest
 * frames it passes, which become the Python traceback.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException pythonException;

    public PException(PBaseException pythonException, Node location) {
        super(location);
        this.pythonException = pythonException;
        pythonException.setLastRaise(this);
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    public boolean isOfType(PythonBuiltinClassType type) {
        PythonClass user = pythonException.getUserClass();
        if (user != null) {
            return user.isSubclassOf(type);
        }
        for (PythonBuiltinClassType t = pythonException.getType(); t != null; t = t.getBase()) {
            if (t == type) {
                return true;
            }
        }
        return false;
    }

    /** The last line of a traceback: {@code TypeError: message}, or just the type name if str(e) is empty. */
    @Override
    @TruffleBoundary
    public String getMessage() {
        String text = PyObjectStrNode.getUncached().execute(pythonException);
        String name = pythonException.getTypeName();
        PythonClass user = pythonException.getUserClass();
        String module = user != null ? user.getModuleName() : pythonException.getType().getModuleName();
        if (!"builtins".equals(module) && !"__main__".equals(module)) {
            name = module + "." + name;
        }
        return text.isEmpty() ? name : name + ": " + text;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean hasExceptionMessage() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() {
        return getMessage();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new PTuple(new Object[]{"args", "__cause__", "__context__", "__suppress_context__"});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return switch (member) {
            case "args", "__cause__", "__context__", "__suppress_context__" -> true;
            default -> false;
        };
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case "args" -> pythonException.getArgs();
            case "__cause__" -> exceptionOrNone(pythonException.getCause());
            case "__context__" -> exceptionOrNone(pythonException.getContext());
            case "__suppress_context__" -> pythonException.getSuppressContext();
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    /** Chained exceptions are handed out as their last throwable, so the host sees their stack traces. */
    private static Object exceptionOrNone(Object value) {
        if (value instanceof PBaseException e && e.getLastRaise() != null) {
            return e.getLastRaise();
        }
        return value;
    }
}
