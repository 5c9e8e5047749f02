package org.minipy.runtime;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.object.PyObjectStrNode;

/**
 * The Java throwable that carries a Python exception object up the stack, once per raise. Truffle records the
 * guest frames it passes; {@link #recordTraceback()} turns them into the exception's {@code __traceback__}.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException pythonException;
    /** How many elements of the Truffle stack trace, from the raise on, the exception's traceback has already. */
    private int recordedFrames;

    public PException(PBaseException pythonException, Node location) {
        this(pythonException, location, false);
    }

    /**
     * @param reraise a bare {@code raise}: it continues the traceback of the exception being handled, which has
     *            the frame of the raise already
     */
    public PException(PBaseException pythonException, Node location, boolean reraise) {
        super(location);
        this.pythonException = pythonException;
        this.recordedFrames = reraise ? 1 : 0;
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

    /**
     * PyTraceBack_Here for each frame this throwable passed since the last call, up to and including the current
     * frame: each becomes a new head of the exception's {@code __traceback__}. Called where Python code can see the
     * exception (an except clause, a with statement's {@code __exit__}, a finally block that raises) and where it
     * leaves the program; builtin frames are left out.
     */
    @TruffleBoundary
    public void recordTraceback() {
        List<TruffleStackTraceElement> trace = TruffleStackTrace.getStackTrace(this);
        // the trace runs from the raise to the bottom of the stack, which ends with the frames still running
        int current = trace.size() - stackDepth();
        Object traceback = pythonException.getTraceback();
        for (int i = recordedFrames; i <= current; i++) {
            TruffleStackTraceElement element = trace.get(i);
            Node location = element.getLocation();
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            // no location: the frame failed before its code started (argument binding, recursion limit)
            if (section != null && section.isAvailable() && element.getTarget().getRootNode() instanceof MiniPyRootNode root) {
                int line = section.getStartLine();
                traceback = new PTraceback(new PFrame(root.getCode(), line), line, traceback instanceof PTraceback tb ? tb : null);
            }
        }
        recordedFrames = Math.max(recordedFrames, current + 1);
        pythonException.setTraceback(traceback);
    }

    /** The number of guest frames on the stack, the current one included. */
    private static int stackDepth() {
        int[] depth = new int[1];
        Truffle.getRuntime().iterateFrames(frame -> {
            depth[0]++;
            return null;
        });
        return depth[0];
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
        return new PTuple(new Object[]{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"});
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return switch (member) {
            case "args", "__cause__", "__context__", "__suppress_context__", "__traceback__" -> true;
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
            case "__traceback__" -> pythonException.getTraceback();
            default -> throw UnknownIdentifierException.create(member);
        };
    }

    /**
     * Chained exceptions are handed out as a throwable, which the host can throw to read the message, the one of
     * their last raise so that the host can tell them apart; one never raised gets its first.
     */
    @TruffleBoundary
    private static Object exceptionOrNone(Object value) {
        if (value instanceof PBaseException e) {
            return e.getLastRaise() != null ? e.getLastRaise() : new PException(e, null);
        }
        return value;
    }
}
