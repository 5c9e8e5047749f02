package org.minipy.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A builtin object whose attributes are a fixed set of read-only values (traceback, frame and code objects). The
 * host reads them as members under their Python names: the launcher prints tracebacks from them.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class FixedAttributeObject extends PythonObject {

    /** The value of the attribute, or null if the object has none of that name. */
    public abstract Object getAttribute(String name);

    /** The names {@link #getAttribute} knows. */
    protected abstract String[] getAttributeNames();

    @ExportMessage
    public final boolean hasMembers() {
        return true;
    }

    @ExportMessage
    public final Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return new PTuple(getAttributeNames().clone());
    }

    @ExportMessage
    public final boolean isMemberReadable(String member) {
        return getAttribute(member) != null;
    }

    @ExportMessage
    public final Object readMember(String member) throws UnknownIdentifierException {
        Object value = getAttribute(member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }
}
