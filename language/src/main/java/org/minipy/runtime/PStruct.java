package org.minipy.runtime;

import org.minipy.runtime.buffer.StructLayout;

/**
 * A struct.Struct object (PyStructObject). Its parsed format is a shared immutable {@link StructLayout};
 * only {@code Struct.__init__} replaces it.
 */
public final class PStruct extends PythonObject {
    private StructLayout layout;

    public PStruct(StructLayout layout) {
        this.layout = layout;
    }

    public StructLayout getLayout() {
        return layout;
    }

    public void setLayout(StructLayout layout) {
        this.layout = layout;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.Struct;
    }
}
