package org.minipy.runtime;

/** A {@code classmethod} (Objects/funcobject.c cm_descr_get): read from a class or instance, the callable bound to the class. */
public final class PClassMethod extends PythonObject {
    private final Object callable;

    public PClassMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.classmethod;
    }
}
