package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.*;

/** {@code a >> b}. */
@GenerateUncached
public abstract class RShiftNode extends BinaryOpNode {
    public static RShiftNode create() {
        return RShiftNodeGen.create();
    }

    public static RShiftNode getUncached() {
        return RShiftNodeGen.getUncached();
    }

    @Specialization(guards = "b >= 0")
    static long doLong(long a, long b) {
        return a >> Math.min(b, 63);
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b, @Bind Node node) {
        return IntMath.rshift(node, a, b);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.RSHIFT);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, ">>", left, right);
    }
}
