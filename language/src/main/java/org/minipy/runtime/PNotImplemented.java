package org.minipy.runtime;


/** The singleton {@code NotImplemented} that binary special methods return to decline an operation. */
public final class PNotImplemented extends PythonObject {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.NotImplementedType;
    }
}
