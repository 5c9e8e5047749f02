package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.generator.YieldException;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;

/**
 * A with statement in a generator with a yield in its block: a yield leaves the block without calling
 * __exit__, and the manager and its __exit__ wait in frame slots until the generator is resumed into the
 * block (closing the generator throws GeneratorExit there, which then reaches __exit__).
 */
public final class GeneratorWithNode extends StatementNode {
    @Child private ExpressionNode manager;
    @Child private WriteTargetNode target;
    @Child private StatementNode body;
    @Child private PyObjectCallNode callEnter = PyObjectCallNode.create();
    @Child private PyObjectCallNode callExit = PyObjectCallNode.create();
    @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
    private final int stateSlot;
    private final int managerSlot;
    private final int exitSlot;

    public GeneratorWithNode(ExpressionNode manager, WriteTargetNode target, StatementNode body, int stateSlot, int managerSlot, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.stateSlot = stateSlot;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr;
        Object exit;
        if (frame.getInt(stateSlot) != 0) {
            frame.setInt(stateSlot, 0);
            mgr = frame.getObject(managerSlot);
            exit = frame.getObject(exitSlot);
            frame.setObject(managerSlot, null);
            frame.setObject(exitSlot, null);
        } else {
            mgr = manager.executeGeneric(frame);
            Object[] methods = WithNode.lookupMethods(this, mgr);
            exit = methods[1];
            Object value = callEnter.execute(methods[0], PArguments.ofPositional(mgr));
            if (target != null) {
                target.executeWrite(frame, value);
            }
        }
        try {
            body.executeVoid(frame);
        } catch (YieldException e) {
            frame.setInt(stateSlot, 1);
            frame.setObject(managerSlot, mgr);
            frame.setObject(exitSlot, exit);
            throw e;
        } catch (PException e) {
            WithNode.exitWithException(this, callExit, isTrue, mgr, exit, e);
            return;
        } catch (ControlFlowException e) {
            callExit.execute(exit, PArguments.ofPositional(mgr, PNone.NONE, PNone.NONE, PNone.NONE));
            throw e;
        }
        callExit.execute(exit, PArguments.ofPositional(mgr, PNone.NONE, PNone.NONE, PNone.NONE));
    }
}
