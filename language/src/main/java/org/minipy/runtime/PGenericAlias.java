package org.minipy.runtime;

/**
 * types.GenericAlias, what {@code cls[args]} makes of a class with {@code __class_getitem__} (PEP 585):
 * only its repr, {@code memoryview[int]}, is modelled.
 */
public final class PGenericAlias extends PythonObject {
    private final Object origin;
    private final Object args;

    public PGenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args;
    }

    public Object getOrigin() {
        return origin;
    }

    /** The subscript as given: one object or a tuple of them. */
    public Object getArgs() {
        return args;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.GenericAlias;
    }
}
