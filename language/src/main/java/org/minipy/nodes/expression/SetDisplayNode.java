package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;

/**
 * {@code {a, *b, c}}: the elements (unpacking included) as a tuple display computes them, added in
 * order as BUILD_SET adds them, whatever the name {@code set} is bound to. CPython compiles a display
 * of more than two constants to a frozenset constant, which its compiler rebuilds from its own table
 * order when merging constants (_PyCompile_ConstCacheMergeOne); the new set is a copy of that, and the
 * translator gives displays of equal constants the first one's elements. Where elements collide,
 * this order shows.
 */
public final class SetDisplayNode extends ExpressionNode {
    @Child private ExpressionNode elements;
    private final boolean constant;

    public SetDisplayNode(ExpressionNode elements, boolean constant) {
        this.elements = elements;
        this.constant = constant;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return build((PTuple) elements.executeGeneric(frame));
    }

    @TruffleBoundary
    private PSet build(PTuple items) {
        PSet set = new PSet(false);
        for (Object item : items.getItems()) {
            set.add(this, item);
        }
        if (!constant) {
            return set;
        }
        PSet merged = new PSet(true);
        for (Object item : set.toArray()) {
            merged.add(this, item);
        }
        return merged.copy(false);
    }
}
