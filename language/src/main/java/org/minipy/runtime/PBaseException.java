package org.minipy.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python exception object (an instance of BaseException or a subclass). It outlives each raise:
 * {@link PException} is the Java throwable that carries it through the interpreter.
 */
public final class PBaseException extends PythonObject {
    private final PythonBuiltinClassType type;
    private final PythonClass userClass;
    private PTuple args;
    private Object cause = PNone.NONE;
    private Object context = PNone.NONE;
    private boolean suppressContext;
    /** {@code __traceback__}: a {@link PTraceback}, or None until the exception is caught or escapes. */
    private Object traceback = PNone.NONE;
    /** The throwable of the latest raise: the host sees the exception through it. */
    private PException lastRaise;
    private Map<String, Object> attributes;

    public PBaseException(PythonBuiltinClassType type, PythonClass userClass, PTuple args) {
        this.type = type;
        this.userClass = userClass;
        this.args = args;
    }

    public PBaseException(PythonBuiltinClassType type, Object... args) {
        this(type, null, new PTuple(args));
    }

    public PythonBuiltinClassType getType() {
        return type;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return type;
    }

    @Override
    public PythonClass getUserClass() {
        return userClass;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public Object getCause() {
        return cause;
    }

    public void setCause(Object cause) {
        this.cause = cause;
    }

    public Object getContext() {
        return context;
    }

    public void setContext(Object context) {
        this.context = context;
    }

    public boolean getSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    public Object getTraceback() {
        return traceback;
    }

    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    public PException getLastRaise() {
        return lastRaise;
    }

    public void setLastRaise(PException lastRaise) {
        this.lastRaise = lastRaise;
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        return attributes == null ? null : attributes.get(name);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (attributes == null) {
            attributes = new LinkedHashMap<>();
        }
        attributes.put(name, value);
    }

    /** The class name as tracebacks print it: qualified by module for non-builtin modules. */
    public String getTypeName() {
        if (userClass != null) {
            return userClass.getName();
        }
        return type.getName();
    }
}
