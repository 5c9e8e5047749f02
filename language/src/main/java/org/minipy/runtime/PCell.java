package org.minipy.runtime;

/** A closure cell: a local variable shared between a function and the functions nested in it. */
public final class PCell extends PythonObject {
    private Object ref;

    public Object getRef() {
        return ref;
    }

    public void setRef(Object ref) {
        this.ref = ref;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.cell;
    }
}
