package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PInt;

import static org.minipy.runtime.PythonBuiltinClassType.*;

/** {@code a | b}. */
@GenerateUncached
public abstract class BitOrNode extends BinaryOpNode {
    public static BitOrNode create() {
        return BitOrNodeGen.create();
    }

    public static BitOrNode getUncached() {
        return BitOrNodeGen.getUncached();
    }

    @Specialization
    static boolean doBoolean(boolean a, boolean b) {
        return a | b;
    }

    @Specialization
    static long doLong(long a, long b) {
        return a | b;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b) {
        return IntMath.or(a, b);
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node) {
        return BinaryOpFallback.userOrRaise(node, "|", "or", left, right);
    }
}
