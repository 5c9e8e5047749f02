package org.minipy.nodes.object;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * A class's method for a special-method slot, or null: the slot table's entry, cached per class at the call
 * site while the class's slots stay as they are, so a compiled operation sees the method as a constant.
 */
@GenerateUncached
public abstract class LookupSpecialMethodNode extends PyBaseNode {
    static final int LIMIT = 3;

    public abstract Object execute(PythonClass cls, SpecialMethodSlot slot);

    public static LookupSpecialMethodNode create() {
        return LookupSpecialMethodNodeGen.create();
    }

    public static LookupSpecialMethodNode getUncached() {
        return LookupSpecialMethodNodeGen.getUncached();
    }

    @Specialization(guards = {"cls == cachedClass", "slot == cachedSlot"}, assumptions = "cachedClass.getStableSlotsAssumption()", limit = "LIMIT")
    static Object doCached(@SuppressWarnings("unused") PythonClass cls, @SuppressWarnings("unused") SpecialMethodSlot slot,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("slot") @SuppressWarnings("unused") SpecialMethodSlot cachedSlot,
                    @Cached("cachedClass.getSlot(cachedSlot)") Object method) {
        return method;
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(PythonClass cls, SpecialMethodSlot slot) {
        return cls.getSlot(slot);
    }
}
