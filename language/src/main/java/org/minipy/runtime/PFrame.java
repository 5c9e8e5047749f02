package org.minipy.runtime;

/**
 * A frame object as a traceback keeps it: the code that ran in it and the line it had reached. minipy makes one
 * when an exception passes the frame, so {@code f_lineno} is the line where the exception passed; CPython's live
 * frame would show the line a still running handler has reached since.
 */
public final class PFrame extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"f_code", "f_lineno"};

    private final PCode code;
    private final int lineno;

    public PFrame(PCode code, int lineno) {
        this.code = code;
        this.lineno = lineno;
    }

    @Override
    public Object getAttribute(String name) {
        return switch (name) {
            case "f_code" -> code;
            case "f_lineno" -> (long) lineno;
            default -> null;
        };
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.frame;
    }
}
