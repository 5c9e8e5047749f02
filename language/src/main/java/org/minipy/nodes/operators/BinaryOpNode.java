package org.minipy.nodes.operators;

import org.minipy.nodes.PyBaseNode;

/** A binary operator applied to two values (the expression node evaluates the operands). */
public abstract class BinaryOpNode extends PyBaseNode {
    public abstract Object execute(Object left, Object right);
}
