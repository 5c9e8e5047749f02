package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;

/**
 * {@code {a, *b, c}}: the elements (unpacking included) as a tuple display computes them, added in
 * order as BUILD_SET adds them, whatever the name {@code set} is bound to.
 */
public final class SetDisplayNode extends ExpressionNode {
    @Child private ExpressionNode elements;

    public SetDisplayNode(ExpressionNode elements) {
        this.elements = elements;
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
        return set;
    }
}
