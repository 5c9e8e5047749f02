package org.minipy.runtime;

/** A function bound to an object: {@code obj.meth} for a function found on the object's class. */
public final class PMethod extends PythonObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return function instanceof PBuiltinFunction ? PythonBuiltinClassType.builtin_function_or_method : PythonBuiltinClassType.method;
    }
}
