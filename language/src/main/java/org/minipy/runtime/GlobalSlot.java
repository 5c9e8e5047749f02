package org.minipy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * One module-level name: its current value, or null while unbound. Most globals are bound once (a
 * def, an import, a constant) and then only read, so compiled code may take the value as a constant
 * while {@link #getStableAssumption()} holds; every write invalidates it, and a name written more
 * than a few times (a module-level loop's variable) is then read from the slot for good.
 */
public final class GlobalSlot {
    /** Writes after which a name no longer counts as stable. */
    private static final int MAX_CHANGES = 3;

    private final String name;
    private Object value;
    private Assumption stable;
    private int changes;

    GlobalSlot(String name) {
        this.name = name;
        this.stable = Truffle.getRuntime().createAssumption(name);
    }

    public String getName() {
        return name;
    }

    public Object getValue() {
        return value;
    }

    public void setValue(Object value) {
        this.value = value;
        if (stable != Assumption.NEVER_VALID) {
            changed();
        }
    }

    @TruffleBoundary
    private void changed() {
        stable.invalidate();
        stable = ++changes >= MAX_CHANGES ? Assumption.NEVER_VALID : Truffle.getRuntime().createAssumption(name);
    }

    /** Valid while the value (or unboundness) stays as it is now; never valid for a name that keeps changing. */
    public Assumption getStableAssumption() {
        return stable;
    }
}
