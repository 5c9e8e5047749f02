package org.minipy.runtime;


/** The singleton {@code Ellipsis} ({@code ...}). */
public final class PEllipsis extends PythonObject {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.ellipsis;
    }
}
