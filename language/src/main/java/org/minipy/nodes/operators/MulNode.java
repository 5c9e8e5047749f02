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

/** {@code a * b}. */
@GenerateUncached
public abstract class MulNode extends BinaryOpNode {
    public static MulNode create() {
        return MulNodeGen.create();
    }

    public static MulNode getUncached() {
        return MulNodeGen.getUncached();
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return IntMath.mul(a, b);
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a * b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a * b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a * b;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b) {
        return IntMath.mul(a, b);
    }

    @Specialization
    static double doBigDouble(PInt a, double b, @Bind Node node) {
        return IntMath.toDouble(node, a) * b;
    }

    @Specialization
    static double doDoubleBig(double a, PInt b, @Bind Node node) {
        return a * IntMath.toDouble(node, b);
    }

    /**
     * {@code seq * n} or {@code n * seq} for a builtin sequence (sq_repeat); anything else ends in the fallback, its
     * operands' slots and then a TypeError.
     */
    @Specialization(guards = "isRepeat(a, b)")
    static Object doRepeat(Object a, Object b, @Bind Node node) {
        return IntMath.isInt(b) ? SequenceRepeat.repeat(node, a, b, "*") : SequenceRepeat.repeat(node, b, a, "*");
    }

    static boolean isRepeat(Object a, Object b) {
        return isInt(a) ? SequenceRepeat.isBuiltinSequence(b) : isInt(b) && SequenceRepeat.isBuiltinSequence(a);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.MUL);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.repeatOrRaise(node, left, right);
    }
}
