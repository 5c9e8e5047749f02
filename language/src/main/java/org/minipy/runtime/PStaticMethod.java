package org.minipy.runtime;

/** A {@code staticmethod} (Objects/funcobject.c sm_descr_get): read from a class or instance, it is the callable itself. */
public final class PStaticMethod extends PythonObject {
    private final Object callable;

    public PStaticMethod(Object callable) {
        this.callable = callable;
    }

    public Object getCallable() {
        return callable;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.staticmethod;
    }
}
