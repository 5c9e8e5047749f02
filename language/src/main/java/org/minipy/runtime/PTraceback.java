package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A traceback object (Python/traceback.c): a frame the exception passed through, the line where it passed, and
 * ({@code tb_next}) the traceback of the frames nearer to where it was raised. {@link PException#recordTraceback()}
 * builds them. The host sees the source range of the expression or statement that was running there (CPython's
 * {@code co_positions()} entry for {@code tb_lasti}) as the traceback's source location, for PEP 657's markers.
 */
@ExportLibrary(InteropLibrary.class)
public final class PTraceback extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"tb_frame", "tb_lineno", "tb_next"};

    private final PFrame frame;
    private final int lineno;
    private final PTraceback next;
    /** Where in the frame's code the exception passed; null if unknown. */
    private final SourceSection position;

    public PTraceback(PFrame frame, int lineno, PTraceback next, SourceSection position) {
        this.frame = frame;
        this.lineno = lineno;
        this.next = next;
        this.position = position;
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

    @ExportMessage
    boolean hasSourceLocation() {
        return position != null;
    }

    @ExportMessage
    SourceSection getSourceLocation() throws UnsupportedMessageException {
        if (position == null) {
            throw UnsupportedMessageException.create();
        }
        return position;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.traceback;
    }
}
