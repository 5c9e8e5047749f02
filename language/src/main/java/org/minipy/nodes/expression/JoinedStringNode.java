package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;

/** An f-string: its literal pieces and formatted fields, concatenated. */
public final class JoinedStringNode extends ExpressionNode {
    @Children private final ExpressionNode[] parts;

    public JoinedStringNode(ExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        String[] pieces = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            pieces[i] = (String) parts[i].executeGeneric(frame);
        }
        return join(pieces);
    }

    @TruffleBoundary
    private static String join(String[] pieces) {
        return String.join("", pieces);
    }
}
