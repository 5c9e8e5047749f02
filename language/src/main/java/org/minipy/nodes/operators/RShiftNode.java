package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PInt;

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
    static Object doGeneric(Object left, Object right, @Bind Node node) {
        return BinaryOpFallback.userOrRaise(node, ">>", "rshift", left, right);
    }
}
