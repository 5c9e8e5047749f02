package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.nodes.CompoundStatement;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.memoryview.MemoryViewReadItemNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PMemoryViewIterator;
import org.minipy.runtime.PRange;

/**
 * {@code for target in iterable: body else: orelse}. The iterator lives in a hidden frame slot so
 * that the loop body is a RepeatingNode that can OSR-compile. A loop that has only ever run over
 * ranges makes no iterator: the range sits in that slot and the position in a second, long slot,
 * so that compiled code counts in a register as a Java for loop does. A loop over memoryviews keeps
 * its position there too, instead of in the (unreachable) iterator object.
 */
public final class ForNode extends StatementNode implements CompoundStatement {
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter;
    @Child private LoopNode loop;
    @Child private StatementNode orelse;
    private final ForRepeatingNode repeating;
    private final int iteratorSlot;
    private final int indexSlot;

    public ForNode(ExpressionNode iterable, WriteTargetNode target, StatementNode body, StatementNode orelse, int iteratorSlot, int indexSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.indexSlot = indexSlot;
        this.repeating = new ForRepeatingNode(target, body, iteratorSlot, indexSlot);
        this.loop = Truffle.getRuntime().createLoopNode(repeating);
        this.orelse = orelse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object iterated = iterable.executeGeneric(frame);
        if (repeating.mode == ForRepeatingNode.UNINITIALIZED) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            repeating.mode = iterated instanceof PRange ? ForRepeatingNode.RANGE
                            : iterated instanceof PMemoryView ? ForRepeatingNode.MEMORYVIEW : ForRepeatingNode.ITERATOR;
        }
        if (repeating.mode == ForRepeatingNode.RANGE) {
            if (iterated instanceof PRange range) {
                frame.setObject(iteratorSlot, range);
                frame.setLong(indexSlot, 0);
            } else {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                repeating.mode = ForRepeatingNode.ITERATOR;
            }
        }
        if (repeating.mode == ForRepeatingNode.MEMORYVIEW) {
            Object iterator = iterated instanceof PMemoryView ? getIterNode().execute(iterated) : null;
            if (iterator instanceof PMemoryViewIterator) {
                frame.setObject(iteratorSlot, iterator);
                frame.setLong(indexSlot, 0);
            } else {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                repeating.mode = ForRepeatingNode.ITERATOR;
            }
        }
        if (repeating.mode == ForRepeatingNode.ITERATOR) {
            frame.setObject(iteratorSlot, getIterNode().execute(iterated));
        }
        try {
            loop.execute(frame);
        } catch (BreakException e) {
            return;
        } finally {
            frame.setObject(iteratorSlot, null);
        }
        if (orelse != null) {
            orelse.executeVoid(frame);
        }
    }

    private PyObjectGetIterNode getIterNode() {
        if (getIter == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            getIter = insert(PyObjectGetIterNode.create());
        }
        return getIter;
    }

    private static final class ForRepeatingNode extends Node implements RepeatingNode {
        static final byte UNINITIALIZED = 0;
        static final byte RANGE = 1;
        static final byte MEMORYVIEW = 2;
        static final byte ITERATOR = 3;

        @Child private WriteTargetNode target;
        @Child private StatementNode body;
        @Child private PyIterNextNode next;
        @Child private MemoryViewReadItemNode readItem;
        private final int iteratorSlot;
        private final int indexSlot;
        private final BranchProfile continueTaken = BranchProfile.create();
        /** Set by the ForNode before the loop runs: whether the slot holds a range or an iterator. */
        @CompilationFinal byte mode = UNINITIALIZED;

        ForRepeatingNode(WriteTargetNode target, StatementNode body, int iteratorSlot, int indexSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
            this.indexSlot = indexSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            Object value;
            if (mode == RANGE) {
                PRange range = (PRange) frame.getObject(iteratorSlot);
                long index = frame.getLong(indexSlot);
                if (index >= range.getLength()) {
                    return false;
                }
                frame.setLong(indexSlot, index + 1);
                value = range.get(index);
            } else if (mode == MEMORYVIEW) {
                // memoryiter_next, with the position in the frame: the iterator is never seen by Python code
                PMemoryViewIterator iterator = (PMemoryViewIterator) frame.getObject(iteratorSlot);
                long index = frame.getLong(indexSlot);
                if (index >= iterator.getLength()) {
                    return false;
                }
                frame.setLong(indexSlot, index + 1);
                value = readItemNode().execute(iterator.getView(), iterator.positionAt(this, (int) index));
            } else {
                value = nextNode().execute(frame.getObject(iteratorSlot));
                if (value == null) {
                    return false;
                }
            }
            target.executeWrite(frame, value);
            try {
                body.executeVoid(frame);
            } catch (ContinueException e) {
                continueTaken.enter();
            }
            return true;
        }

        private MemoryViewReadItemNode readItemNode() {
            if (readItem == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                readItem = insert(MemoryViewReadItemNode.create());
            }
            return readItem;
        }

        private PyIterNextNode nextNode() {
            if (next == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                next = insert(PyIterNextNode.create());
            }
            return next;
        }
    }

    @Override
    public ExpressionNode getHeader() {
        return iterable;
    }
}
