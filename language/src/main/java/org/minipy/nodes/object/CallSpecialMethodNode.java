package org.minipy.nodes.object;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * Calls the method of {@code self}'s class for a slot (CPython's slot_tp_* dispatchers, vectorcall_method):
 * the class's slot found by {@link LookupSpecialMethodNode}, called through a {@link PyObjectCallNode}, which
 * for the cached method of a user class is a direct call Graal can inline. Returns null when the class has no
 * such slot, so the operation can raise its own TypeError.
 */
@GenerateUncached
public abstract class CallSpecialMethodNode extends PyBaseNode {
    /** {@code arguments} in {@link PArguments} layout, {@code self} first. */
    protected abstract Object execute(Object self, SpecialMethodSlot slot, Object[] arguments);

    public static CallSpecialMethodNode create() {
        return CallSpecialMethodNodeGen.create();
    }

    public static CallSpecialMethodNode getUncached() {
        return CallSpecialMethodNodeGen.getUncached();
    }

    public final Object call(Object self, SpecialMethodSlot slot) {
        return execute(self, slot, PArguments.ofPositional(self));
    }

    public final Object call(Object self, SpecialMethodSlot slot, Object arg) {
        return execute(self, slot, PArguments.ofPositional(self, arg));
    }

    public final Object call(Object self, SpecialMethodSlot slot, Object arg1, Object arg2) {
        return execute(self, slot, PArguments.ofPositional(self, arg1, arg2));
    }

    @Specialization
    static Object doCall(Object self, SpecialMethodSlot slot, Object[] arguments,
                    @Cached GetClassNode getClass,
                    @Cached LookupSpecialMethodNode lookup,
                    @Cached PyObjectCallNode callMethod) {
        Object method = lookup.execute(getClass.execute(self), slot);
        if (method == null) {
            return null;
        }
        return callMethod.execute(method, arguments);
    }
}
