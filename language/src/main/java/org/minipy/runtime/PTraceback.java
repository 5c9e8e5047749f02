package org.minipy.runtime;

/**
 * A traceback object (Python/traceback.c): a frame the exception passed through, the line where it passed, and
 * ({@code tb_next}) the traceback of the frames nearer to where it was raised. {@link PException#recordTraceback()}
 * builds them.
 */
public final class PTraceback extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"tb_frame", "tb_lineno", "tb_next"};

    private final PFrame frame;
    private final int lineno;
    private final PTraceback next;

    public PTraceback(PFrame frame, int lineno, PTraceback next) {
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
    }

    @Override
    public Object getAttribute(String name) {
        return switch (name) {
            case "tb_frame" -> frame;
            case "tb_lineno" -> (long) lineno;
            case "tb_next" -> next == null ? PNone.NONE : next;
            default -> null;
        };
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.traceback;
    }
}
