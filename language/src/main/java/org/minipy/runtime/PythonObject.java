package org.minipy.runtime;

import com.oracle.truffle.api.interop.TruffleObject;

/**
 * Base of every Python value that is not a Java primitive or String. The class of a builtin value is
 * implied by its Java class; only instances of user-defined classes carry their class.
 */
public abstract class PythonObject implements TruffleObject {
    public abstract PythonBuiltinClassType getBuiltinType();

    /** The user-defined class of this object, or null if its class is {@link #getBuiltinType()}. */
    public PythonClass getUserClass() {
        return null;
    }
}
