package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.LookupSpecialMethodNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * binary_op1: {@code left.__op__(right)}, then {@code right.__rop__(left)}, the reflected one first when the
 * right operand's class is a subclass of the left's that defines it. Returns NotImplemented when neither
 * side handles the operands, for the operator to raise its TypeError. Both methods come from the classes'
 * slot tables, cached per call site.
 */
@GenerateUncached
public abstract class BinarySlotNode extends PyBaseNode {
    public abstract Object execute(Object left, Object right, SpecialMethodSlot slot);

    public static BinarySlotNode create() {
        return BinarySlotNodeGen.create();
    }

    public static BinarySlotNode getUncached() {
        return BinarySlotNodeGen.getUncached();
    }

    @Specialization
    static Object doSlots(Object left, Object right, SpecialMethodSlot slot,
                    @Cached GetClassNode getLeftClass,
                    @Cached GetClassNode getRightClass,
                    @Cached LookupSpecialMethodNode lookupLeft,
                    @Cached LookupSpecialMethodNode lookupRight,
                    @Cached PyObjectCallNode callLeft,
                    @Cached PyObjectCallNode callRight) {
        PythonClass lc = getLeftClass.execute(left);
        PythonClass rc = getRightClass.execute(right);
        Object leftMethod = lookupLeft.execute(lc, slot);
        Object rightMethod = rc == lc ? null : lookupRight.execute(rc, slot.getReflected());
        if (rightMethod != null && leftMethod != null && rc.isSubclassOf(lc)) {
            Object result = callRight.execute(rightMethod, PArguments.ofPositional(right, left));
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
            rightMethod = null;
        }
        if (leftMethod != null) {
            Object result = callLeft.execute(leftMethod, PArguments.ofPositional(left, right));
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
        }
        if (rightMethod != null) {
            return callRight.execute(rightMethod, PArguments.ofPositional(right, left));
        }
        return PNotImplemented.INSTANCE;
    }
}
