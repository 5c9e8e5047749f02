package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.*;

/** {@code a % b}. */
@GenerateUncached
public abstract class ModNode extends BinaryOpNode {
    public static ModNode create() {
        return ModNodeGen.create();
    }

    public static ModNode getUncached() {
        return ModNodeGen.getUncached();
    }

    @Specialization(guards = "b != 0")
    static long doLong(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization
    static double doDouble(double a, double b, @Bind Node node) {
        if (b == 0) {
            throw PRaiseNode.raise(node, ZeroDivisionError, "float modulo by zero");
        }
        return FloatMath.mod(a, b);
    }

    @Specialization
    static double doLongDouble(long a, double b, @Bind Node node) {
        return doDouble(a, b, node);
    }

    @Specialization
    static double doDoubleLong(double a, long b, @Bind Node node) {
        return doDouble(a, b, node);
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b, @Bind Node node) {
        return IntMath.mod(node, a, b);
    }

    @Specialization
    static double doBigDouble(PInt a, double b, @Bind Node node) {
        return doDouble(IntMath.toDouble(node, a), b, node);
    }

    @Specialization
    static double doDoubleBig(double a, PInt b, @Bind Node node) {
        return doDouble(a, IntMath.toDouble(node, b), node);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.MOD);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "%", left, right);
    }
}
