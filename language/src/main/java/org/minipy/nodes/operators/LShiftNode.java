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

/** {@code a << b}. */
@GenerateUncached
public abstract class LShiftNode extends BinaryOpNode {
    public static LShiftNode create() {
        return LShiftNodeGen.create();
    }

    public static LShiftNode getUncached() {
        return LShiftNodeGen.getUncached();
    }

    @Specialization(guards = {"b >= 0", "b < 63", "fits(a, b)"})
    static long doLong(long a, long b) {
        return a << b;
    }

    static boolean fits(long a, long b) {
        return a == ((a << b) >> b);
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b, @Bind Node node) {
        return IntMath.lshift(node, a, b);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.LSHIFT);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "<<", left, right);
    }
}
