package org.minipy.runtime;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.CompoundStatement;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectStrNode;

/**
 * The Java throwable that carries a Python exception object up the stack, once per raise. It notes the call sites
 * it passes, and {@link #recordTraceback()} turns them into the exception's {@code __traceback__} when Python code
 * can see it: stack walks cost time in proportion to the whole stack, this only to the frames the exception left.
 */
@ExportLibrary(InteropLibrary.class)
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;

    private final PBaseException pythonException;
    /** The call sites the exception passed on its way up, innermost first (see {@link #passedCallSite}). */
    private ArrayList<Node> callSites;
    /** How many of its locations (where it was raised, then {@link #callSites}) are in the traceback already. */
    private int recordedLocations;
    /** Where it passed in an inlined comprehension whose enclosing frame is not in the traceback yet; else null. */
    private SourceSection inlinedPosition;

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
        this.recordedLocations = reraise ? 1 : 0;
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
     * Truffle's addStackFrameInfo, for tracebacks: the exception leaves a frame through this call site of its caller.
     * A call site outside any tree (an uncached call) stands for the node that runs it, as Truffle's does.
     */
    @TruffleBoundary
    public PException passedCallSite(Node site) {
        if (callSites == null) {
            callSites = new ArrayList<>();
        }
        callSites.add(site.isAdoptable() ? site : EncapsulatingNodeReference.getCurrent().get());
        return this;
    }

    /**
     * PyTraceBack_Here for each frame the exception passed since the last call, the current one included: each
     * becomes a new head of the exception's {@code __traceback__}, with the line where the exception passed it.
     * Called where Python code gets to see the exception (an except clause, a with statement's {@code __exit__}, a
     * finally block that raises) and where it leaves the program. Builtin frames are left out.
     */
    @TruffleBoundary
    public void recordTraceback() {
        int passed = callSites == null ? 0 : callSites.size();
        Object traceback = pythonException.getTraceback();
        // location 0 is where the exception was raised, location k the call site of the k-th frame it left
        for (int k = recordedLocations; k <= passed; k++) {
            Node location = k == 0 ? getLocation() : callSites.get(k - 1);
            SourceSection section = positionOf(location);
            // no location: the frame failed before its code started (argument binding, recursion limit)
            if (section != null && section.isAvailable() && location.getRootNode() instanceof MiniPyRootNode root) {
                if (root.isInlinedComprehension()) {
                    // its enclosing frame shows the innermost position instead of the comprehension's call
                    if (inlinedPosition == null) {
                        inlinedPosition = section;
                    }
                    continue;
                }
                if (inlinedPosition != null) {
                    section = inlinedPosition;
                    inlinedPosition = null;
                }
                int line = section.getStartLine();
                traceback = new PTraceback(new PFrame(root.getCode(), line), line, traceback instanceof PTraceback tb ? tb : null, section);
            }
        }
        recordedLocations = passed + 1;
        pythonException.setTraceback(traceback);
    }

    /**
     * The source range a traceback shows for a location: its node's or its nearest ancestor's, except that what a
     * compound statement does itself (iterating, testing truth, entering and leaving a context) shows its header's.
     */
    private static SourceSection positionOf(Node location) {
        for (Node node = location; node != null; node = node.getParent()) {
            if (node instanceof CompoundStatement statement) {
                SourceSection header = statement.getHeader().getSourceSection();
                if (header != null) {
                    return header;
                }
            }
            SourceSection section = node.getSourceSection();
            if (section != null) {
                return section;
            }
        }
        return null;
    }

    /**
     * str(e) as the detail message, null if it is empty. The host's {@code PolyglotException} shows it after the
     * class ({@link PythonClass#getTracebackName()}, the meta-object's qualified name) in its {@code toString()},
     * which makes the traceback's last line: {@code KeyError: 'missing'}, or {@code KeyError} alone.
     */
    @Override
    @TruffleBoundary
    public String getMessage() {
        String text = strOrPlaceholder();
        return text.isEmpty() ? null : text;
    }

    /** str(e), or what CPython's traceback prints when that raises. */
    @TruffleBoundary
    private String strOrPlaceholder() {
        try {
            return PyObjectStrNode.getUncached().execute(pythonException);
        } catch (PException e) {
            return "<exception str() failed>";
        }
    }

    /**
     * Where the exception happened in Python code: where it was raised, or for one raised by a builtin
     * ({@code int('x')}) the call that ran the builtin, as the traceback's last line shows it.
     */
    @ExportMessage
    @TruffleBoundary
    boolean hasSourceLocation() {
        return pythonLocation() != null;
    }

    @ExportMessage(name = "getSourceLocation")
    @TruffleBoundary
    SourceSection sourceLocation() throws UnsupportedMessageException {
        SourceSection section = pythonLocation();
        if (section == null) {
            throw UnsupportedMessageException.create();
        }
        return section;
    }

    private SourceSection pythonLocation() {
        int passed = callSites == null ? 0 : callSites.size();
        for (int k = 0; k <= passed; k++) {
            Node location = k == 0 ? getLocation() : callSites.get(k - 1);
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            if (section != null && section.isAvailable() && location.getRootNode() instanceof MiniPyRootNode) {
                return section;
            }
        }
        return null;
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasExceptionMessage() {
        return getMessage() != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object getExceptionMessage() throws UnsupportedMessageException {
        String text = getMessage();
        if (text == null) {
            throw UnsupportedMessageException.create();
        }
        return text;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MiniPyLanguage.class;
    }

    /** The host sees the exception's class as its type: {@code getMetaObject().getMetaSimpleName()} is "KeyError". */
    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return GetClassNode.getUncached().execute(pythonException);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyObjectReprNode.getUncached().execute(pythonException);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new PTuple(new Object[]{"args", "__cause__", "__context__", "__suppress_context__", "__traceback__"});
    }

    /** The exception's attributes, those of the chain handed out as throwables (see {@link #exceptionOrNone}). */
    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return PyObjectGetAttrNode.lookup(pythonException, member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        return switch (member) {
            case "__cause__" -> exceptionOrNone(pythonException.getCause());
            case "__context__" -> exceptionOrNone(pythonException.getContext());
            default -> {
                Object value = PyObjectGetAttrNode.lookup(pythonException, member);
                if (value == null) {
                    throw UnknownIdentifierException.create(member);
                }
                yield value;
            }
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
