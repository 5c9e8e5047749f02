package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PInt;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.*;

/** {@code a ** or pow() b}. */
@GenerateUncached
public abstract class PowNode extends BinaryOpNode {
    public static PowNode create() {
        return PowNodeGen.create();
    }

    public static PowNode getUncached() {
        return PowNodeGen.getUncached();
    }

    @Specialization(guards = "b >= 0", rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        long result = 1;
        long base = a;
        long e = b;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"}, replaces = "doLong")
    static Object doInt(Object a, Object b, @Bind Node node) {
        if (b instanceof PInt big) {
            if (big.getValue().signum() < 0) {
                return FloatMath.pow(node, IntMath.toDouble(node, a), IntMath.toDouble(node, b));
            }
            return IntMath.pow(node, a, Long.MAX_VALUE);
        }
        long e = b instanceof Boolean bool ? (bool ? 1 : 0) : (Long) b;
        if (e < 0) {
            return FloatMath.pow(node, IntMath.toDouble(node, a), e);
        }
        return IntMath.pow(node, a, e);
    }

    @Specialization
    static double doDouble(double a, double b, @Bind Node node) {
        return FloatMath.pow(node, a, b);
    }

    @Specialization(guards = "isInt(b)")
    static double doDoubleInt(double a, Object b, @Bind Node node) {
        return FloatMath.pow(node, a, IntMath.toDouble(node, b));
    }

    @Specialization(guards = "isInt(a)")
    static double doIntDouble(Object a, double b, @Bind Node node) {
        return FloatMath.pow(node, IntMath.toDouble(node, a), b);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.POW);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "** or pow()", left, right);
    }
}
