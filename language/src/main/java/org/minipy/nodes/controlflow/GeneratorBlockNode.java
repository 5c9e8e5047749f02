package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.StatementNode;
import org.minipy.nodes.generator.YieldException;

/**
 * A sequence of statements in a generator that contains a yield: resumed, it goes on with the
 * statement the generator was suspended in, which its state slot names.
 */
public final class GeneratorBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final int stateSlot;

    public GeneratorBlockNode(StatementNode[] statements, int stateSlot) {
        this.statements = statements;
        this.stateSlot = stateSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int resumeAt = frame.getInt(stateSlot);
        frame.setInt(stateSlot, 0);
        for (int i = 0; i < statements.length; i++) {
            if (i < resumeAt) {
                continue;
            }
            try {
                statements[i].executeVoid(frame);
            } catch (YieldException e) {
                frame.setInt(stateSlot, i);
                throw e;
            }
        }
    }
}
