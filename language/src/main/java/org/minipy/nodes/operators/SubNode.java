package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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

/** {@code a - b}. */
@GenerateUncached
public abstract class SubNode extends BinaryOpNode {
    public static SubNode create() {
        return SubNodeGen.create();
    }

    public static SubNode getUncached() {
        return SubNodeGen.getUncached();
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.subtractExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return IntMath.sub(a, b);
        }
        return r;
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a - b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a - b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a - b;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b) {
        return IntMath.sub(a, b);
    }

    @Specialization
    static double doBigDouble(PInt a, double b, @Bind Node node) {
        return IntMath.toDouble(node, a) - b;
    }

    @Specialization
    static double doDoubleBig(double a, PInt b, @Bind Node node) {
        return a - IntMath.toDouble(node, b);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.SUB);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "-", left, right);
    }
}
