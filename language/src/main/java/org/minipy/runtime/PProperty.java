package org.minipy.runtime;

/**
 * A {@code property} (Objects/descrobject.c propertyobject): a data descriptor that computes an attribute with
 * its getter, stores it with its setter and deletes it with its deleter. Immutable: {@code @x.setter} makes a
 * copy, so a cached lookup of a class's property may keep it.
 */
public final class PProperty extends PythonObject {
    /** The functions, or null where the property has none (None in Python). */
    private final Object getter;
    private final Object setter;
    private final Object deleter;
    private final Object doc;
    /** prop_name: the getter's {@code __name__}, then the name {@code __set_name__} gives; null if neither. */
    private String name;

    public PProperty(Object getter, Object setter, Object deleter, Object doc, String name) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.doc = doc;
        this.name = name;
    }

    public Object getGetter() {
        return getter;
    }

    public Object getSetter() {
        return setter;
    }

    public Object getDeleter() {
        return deleter;
    }

    public Object getDoc() {
        return doc;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.property;
    }
}
