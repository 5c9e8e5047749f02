package org.minipy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A module. Its globals are one {@link GlobalSlot} per name; a slot never changes identity once made,
 * so a global read caches the slot and compiles to one field load.
 */
public final class PModule extends PythonObject {
    private final String name;
    private final Map<String, GlobalSlot> globals = new LinkedHashMap<>();

    public PModule(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** The slot for a name, created empty (unbound) if the name was never assigned. */
    @TruffleBoundary
    public GlobalSlot getSlot(String key) {
        return globals.computeIfAbsent(key, GlobalSlot::new);
    }

    @TruffleBoundary
    public Object get(String key) {
        GlobalSlot slot = globals.get(key);
        return slot == null ? null : slot.getValue();
    }

    @TruffleBoundary
    public void put(String key, Object value) {
        getSlot(key).setValue(value);
    }

    /** Unbinds the name ({@code del}); returns whether it was bound. */
    @TruffleBoundary
    public boolean remove(String key) {
        GlobalSlot slot = globals.get(key);
        if (slot == null || slot.getValue() == null) {
            return false;
        }
        slot.setValue(null);
        return true;
    }

    @TruffleBoundary
    public Map<String, GlobalSlot> getSlots() {
        return globals;
    }

    @Override
    protected boolean hasWritableAttributes() {
        return true;
    }

    /** The bound globals: for {@code __main__} these are what the host sees as the language's bindings. */
    @Override
    @TruffleBoundary
    protected Iterable<String> getOwnAttributeNames() {
        List<String> names = new ArrayList<>();
        for (GlobalSlot slot : globals.values()) {
            if (slot.getValue() != null) {
                names.add(slot.getName());
            }
        }
        return names;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.module;
    }
}
