package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

/** {@code a @ b}: no builtin type implements it, so only user classes can. */
@GenerateUncached
public abstract class MatMulNode extends BinaryOpNode {
    public static MatMulNode create() {
        return MatMulNodeGen.create();
    }

    @Specialization
    static Object doGeneric(Object left, Object right, @Bind Node node) {
        return BinaryOpFallback.userOrRaise(node, "@", "matmul", left, right);
    }
}
