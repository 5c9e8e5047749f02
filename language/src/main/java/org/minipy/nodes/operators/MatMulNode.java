package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;

/** {@code a @ b}: no builtin type implements it, so only user classes can. */
@GenerateUncached
public abstract class MatMulNode extends BinaryOpNode {
    public static MatMulNode create() {
        return MatMulNodeGen.create();
    }

    @Specialization
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.MATMUL);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "@", left, right);
    }
}
