package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.source.SourceSection;

/**
 * A code object, as far as tracebacks need one: the file the code came from and the name of its function. The
 * host also gets its source, for the lines of code that was not read from a file.
 */
@ExportLibrary(InteropLibrary.class)
public final class PCode extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"co_filename", "co_name"};

    private final SourceSection section;
    private final String name;

    public PCode(SourceSection section, String name) {
        this.section = section;
        this.name = name;
    }

    @Override
    public Object getAttribute(String attribute) {
        return switch (attribute) {
            case "co_filename" -> section.getSource().getName();
            case "co_name" -> name;
            default -> null;
        };
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return true;
    }

    @ExportMessage
    SourceSection getSourceLocation() {
        return section;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.code;
    }
}
