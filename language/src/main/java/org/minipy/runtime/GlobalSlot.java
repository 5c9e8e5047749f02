package org.minipy.runtime;

/** One module-level name: its current value, or null while unbound. */
public final class GlobalSlot {
    private final String name;
    private Object value;

    GlobalSlot(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
    }
}
