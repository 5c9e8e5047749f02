package org.minipy.nodes.operators;

import com.oracle.truffle.api.dsl.Specialization;

/**
 * {@code a is b}. ints, floats and bools are Java boxes here, so they compare by value: the
 * identities CPython guarantees (small ints, True, False) hold, and scripts cannot observe the rest.
 */
public abstract class IsNode extends BinaryOpNode {
    protected final boolean negated;

    protected IsNode(boolean negated) {
        this.negated = negated;
    }

    public static IsNode create(boolean negated) {
        return IsNodeGen.create(negated);
    }

    @Specialization
    boolean doBoolean(boolean a, boolean b) {
        return (a == b) != negated;
    }

    @Specialization
    boolean doLong(long a, long b) {
        return (a == b) != negated;
    }

    @Specialization
    boolean doDouble(double a, double b) {
        return (Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b)) != negated;
    }

    @Specialization(replaces = {"doBoolean", "doLong", "doDouble"})
    boolean doGeneric(Object a, Object b) {
        boolean same;
        if (a instanceof Long || a instanceof Double || a instanceof Boolean || a instanceof String) {
            same = a.getClass() == b.getClass() && a.equals(b);
        } else {
            same = a == b;
        }
        return same != negated;
    }
}
