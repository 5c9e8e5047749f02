package org.minipy.runtime;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import com.oracle.truffle.api.object.DynamicObject;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.object.Shape;

/**
 * An instance of a user-defined class that does not derive from a builtin other than object. Its
 * attributes (CPython's instance {@code __dict__}) live in a Truffle {@link DynamicObject}, so that
 * instances built alike share a shape and a cached attribute access compiles to a field load.
 */
public final class PObject extends PythonObject {
    private static final Shape EMPTY = Shape.newBuilder().layout(Attributes.class, MethodHandles.lookup()).build();

    private final PythonClass pythonClass;
    private final Attributes attributes = new Attributes(EMPTY);

    /** The storage of an instance's attributes, keyed by name. */
    public static final class Attributes extends DynamicObject {
        Attributes(Shape shape) {
            super(shape);
        }
    }

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
        List<String> names = new ArrayList<>();
        for (Object key : DynamicObjectLibrary.getUncached().getKeyArray(attributes)) {
            // the values of __slots__ are stored under their descriptors
            if (key instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    /** For nodes that access attributes through a cached {@link DynamicObjectLibrary}. */
    public Attributes getAttributes() {
        return attributes;
    }

    public Object getAttribute(String name) {
        return DynamicObjectLibrary.getUncached().getOrDefault(attributes, name, null);
    }

    public void setAttribute(String name, Object value) {
        DynamicObjectLibrary.getUncached().put(attributes, name, value);
    }

    /** The value of a {@code __slots__} name, or null if unset. */
    public Object getSlot(PSlotDescriptor slot) {
        return DynamicObjectLibrary.getUncached().getOrDefault(attributes, slot, null);
    }

    /** Sets a {@code __slots__} value, or with null unsets it; false if it was unset already. */
    public boolean setSlot(PSlotDescriptor slot, Object value) {
        if (value == null) {
            return DynamicObjectLibrary.getUncached().removeKey(attributes, slot);
        }
        DynamicObjectLibrary.getUncached().put(attributes, slot, value);
        return true;
    }

    public boolean removeAttribute(String name) {
        return DynamicObjectLibrary.getUncached().removeKey(attributes, name);
    }
}
