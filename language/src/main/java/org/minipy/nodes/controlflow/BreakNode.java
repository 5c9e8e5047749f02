package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.StatementNode;

/** {@code break}. */
public final class BreakNode extends StatementNode {
    @Override
    public void executeVoid(VirtualFrame frame) {
        throw BreakException.INSTANCE;
    }
}
