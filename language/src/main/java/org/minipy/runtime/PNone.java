package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Python's {@code None}; {@link #NO_VALUE} marks an argument that the caller left out. */
@ExportLibrary(InteropLibrary.class)
public final class PNone extends PythonObject {
    public static final PNone NONE = new PNone("None");
    /** Never visible to Python code: stands for an optional builtin argument that was not passed. */
    public static final PNone NO_VALUE = new PNone("<no value>");

    private final String name;

    private PNone(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    public Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return name;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.NoneType;
    }
}
