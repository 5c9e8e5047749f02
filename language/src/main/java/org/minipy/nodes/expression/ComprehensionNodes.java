package org.minipy.nodes.expression;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.controlflow.ReturnException;
import org.minipy.nodes.list.ListAppendNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSet;

/** The pieces a comprehension's function is made of. */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    /** Generator expressions are generator functions instead: see AstTranslator.generatorExpressionBody. */
    public enum Kind { LIST, SET, DICT }

    /** Creates the result, runs the loops, returns the result. */
    public static final class ComprehensionBodyNode extends StatementNode {
        private final int resultSlot;
        private final Kind kind;
        @Child private StatementNode loops;

        public ComprehensionBodyNode(int resultSlot, StatementNode loops, Kind kind) {
            this.resultSlot = resultSlot;
            this.loops = loops;
            this.kind = kind;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object result = switch (kind) {
                case LIST -> new PList();
                case SET -> new PSet(false);
                case DICT -> new PDict();
            };
            frame.setObject(resultSlot, result);
            loops.executeVoid(frame);
            throw new ReturnException(result);
        }
    }

    /** The innermost step: append the element (or store key: value). */
    public static final class AppendNode extends StatementNode {
        private final int resultSlot;
        @Child private ExpressionNode element;
        @Child private ExpressionNode value;
        private final boolean isSet;
        @Child private ListAppendNode appendToList;

        public AppendNode(int resultSlot, ExpressionNode element, ExpressionNode value, Kind kind) {
            this.resultSlot = resultSlot;
            this.element = element;
            this.value = kind == Kind.DICT ? value : null;
            this.isSet = kind == Kind.SET;
            this.appendToList = kind == Kind.LIST ? ListAppendNode.create() : null;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object result = frame.getObject(resultSlot);
            if (value != null) {
                Object k = element.executeGeneric(frame);
                Object v = value.executeGeneric(frame);
                ((PDict) result).put(k, v);
            } else if (isSet) {
                ((PSet) result).add(this, element.executeGeneric(frame));
            } else {
                appendToList.execute((PList) result, element.executeGeneric(frame));
            }
        }
    }

    /** {@code iter(outermost iterable)}, evaluated in the enclosing scope before the call. */
    public static final class GetIterExpressionNode extends ExpressionNode {
        @Child private ExpressionNode iterable;
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();

        public GetIterExpressionNode(ExpressionNode iterable) {
            this.iterable = iterable;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return getIter.execute(iterable.executeGeneric(frame));
        }
    }

    /** {@code target := value}. */
    public static final class NamedExprNode extends ExpressionNode {
        @Child private ExpressionNode value;
        @Child private WriteTargetNode target;

        public NamedExprNode(ExpressionNode value, WriteTargetNode target) {
            this.value = value;
            this.target = target;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            target.executeWrite(frame, v);
            return v;
        }
    }
}
