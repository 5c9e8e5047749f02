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

/** {@code a / b}. */
@GenerateUncached
public abstract class TrueDivNode extends BinaryOpNode {
    public static TrueDivNode create() {
        return TrueDivNodeGen.create();
    }

    public static TrueDivNode getUncached() {
        return TrueDivNodeGen.getUncached();
    }

    @Specialization(guards = "fitsDouble(a, b)")
    static double doLong(long a, long b, @Bind Node node) {
        if (b == 0) {
            throw PRaiseNode.raise(node, ZeroDivisionError, "division by zero");
        }
        return (double) a / (double) b;
    }

    @Specialization
    static double doDouble(double a, double b, @Bind Node node) {
        if (b == 0) {
            throw PRaiseNode.raise(node, ZeroDivisionError, "float division by zero");
        }
        return a / b;
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
    static double doBig(Object a, Object b, @Bind Node node) {
        return IntMath.trueDiv(node, a, b);
    }

    @Specialization
    static double doBigDouble(PInt a, double b, @Bind Node node) {
        return doDouble(IntMath.toDouble(node, a), b, node);
    }

    @Specialization
    static double doDoubleBig(double a, PInt b, @Bind Node node) {
        return doDouble(a, IntMath.toDouble(node, b), node);
    }

    /** Both convert to double exactly, so one division is correctly rounded. */
    static boolean fitsDouble(long a, long b) {
        return Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.TRUEDIV);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseUnsupported(node, "/", left, right);
    }
}
