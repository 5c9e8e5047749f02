package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PByteArray;

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
     * {@code seq * n} or {@code n * seq} (sq_repeat); anything else ends in the fallback's TypeError. Floats are
     * excluded: once this is active it would otherwise take {@code 1.5 * 2} before doDoubleLong got the chance.
     */
    @Specialization(guards = {"isInt(a) != isInt(b)", "!isDouble(a)", "!isDouble(b)"})
    static Object doRepeat(Object a, Object b, @Bind Node node) {
        return IntMath.isInt(b) ? SequenceRepeat.repeat(node, a, b, "*") : SequenceRepeat.repeat(node, b, a, "*");
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    static boolean isDouble(Object o) {
        return o instanceof Double;
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node) {
        return BinaryOpFallback.repeatOrRaise(node, left, right);
    }
}
