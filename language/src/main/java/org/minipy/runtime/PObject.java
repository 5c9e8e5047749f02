package org.minipy.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** An instance of a user-defined class that does not derive from a builtin other than object. */
public final class PObject extends PythonObject {
    private final PythonClass pythonClass;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public PObject(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.object;
    }

    @Override
    public PythonClass getUserClass() {
        return pythonClass;
    }

    @Override
    protected boolean hasWritableAttributes() {
        return true;
    }

    @Override
    @TruffleBoundary
    protected Iterable<String> getOwnAttributeNames() {
        return List.copyOf(attributes.keySet());
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @TruffleBoundary
    public boolean removeAttribute(String name) {
        return attributes.remove(name) != null;
    }
}
