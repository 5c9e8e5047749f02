package org.minipy.runtime;

/**
 * types.GenericAlias, what {@code cls[args]} makes of a class with {@code __class_getitem__} (PEP 585),
 * such as {@code memoryview[int]}: its origin class and the tuple of its arguments.
 */
public final class PGenericAlias extends PythonObject {
    private final Object origin;
    private final PTuple args;

    /** Py_GenericAlias: a subscript that is not a tuple is the one argument. */
    public PGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PTuple t ? t : new PTuple(new Object[]{args});
    }

    public Object getOrigin() {
        return origin;
    }

    public PTuple getArgs() {
        return args;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.GenericAlias;
    }
}
