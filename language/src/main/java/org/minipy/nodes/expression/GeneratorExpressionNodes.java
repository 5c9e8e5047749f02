package org.minipy.nodes.expression;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.controlflow.ReturnException;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PGenerator;

/**
 * Generator expressions: the code of {@code (elt for t1 in it1 if c1 for t2 in it2 ...)} runs one step
 * at a time on a frame kept in the generator. The step is a small state machine over the nested for
 * clauses: each clause's iterator lives in a frame slot, and the generator remembers the depth.
 */
public final class GeneratorExpressionNodes {
    private GeneratorExpressionNodes() {
    }

    /** The body of the generator expression's function: returns the generator instead of running. */
    public static final class CreateGeneratorNode extends StatementNode {
        private final String name;
        private final RootCallTarget resume;

        public CreateGeneratorNode(String name, RootCallTarget resume) {
            this.name = name;
            this.resume = resume;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            MaterializedFrame materialized = frame.materialize();
            throw new ReturnException(new PGenerator(name, materialized, resume));
        }
    }

    /** One {@code for target in iterable if cond...} clause. */
    public static final class Clause extends Node {
        /** Null for the outermost clause, whose iterator is the function's argument. */
        @Child private ExpressionNode iterable;
        @Child private WriteTargetNode target;
        @Children private final ExpressionNode[] conditions;
        @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
        @Child private PyIterNextNode next = PyIterNextNode.create();
        @Child private PyObjectIsTrueNode isTrue = PyObjectIsTrueNode.create();
        private final int iteratorSlot;

        public Clause(ExpressionNode iterable, WriteTargetNode target, ExpressionNode[] conditions, int iteratorSlot) {
            this.iterable = iterable;
            this.target = target;
            this.conditions = conditions;
            this.iteratorSlot = iteratorSlot;
        }

        void start(VirtualFrame frame) {
            frame.setObject(iteratorSlot, getIter.execute(iterable.executeGeneric(frame)));
        }

        /** Binds the next value that passes the conditions; false when the iterator is exhausted. */
        boolean advance(VirtualFrame frame) {
            while (true) {
                Object value = next.execute(frame.getObject(iteratorSlot));
                if (value == null) {
                    return false;
                }
                target.executeWrite(frame, value);
                if (passes(frame)) {
                    return true;
                }
            }
        }

        private boolean passes(VirtualFrame frame) {
            for (ExpressionNode c : conditions) {
                if (!isTrue.execute(c.executeGeneric(frame))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One step of the generator: the next value of the element expression, or null when done. */
    public static final class ResumeRootNode extends MiniPyRootNode {
        @Children private final Clause[] clauses;
        @Child private ExpressionNode element;

        public ResumeRootNode(MiniPyLanguage language, SourceSection section, String name, Clause[] clauses, ExpressionNode element) {
            super(language, null, section, name);
            this.clauses = clauses;
            this.element = element;
        }

        @Override
        public Object execute(VirtualFrame callerFrame) {
            PGenerator generator = (PGenerator) callerFrame.getArguments()[0];
            MaterializedFrame frame = generator.getFrame();
            generator.enter();
            try {
                int level = generator.getLevel() < 0 ? 0 : generator.getLevel();
                while (level >= 0) {
                    if (!clauses[level].advance(frame)) {
                        level--;
                        continue;
                    }
                    if (level == clauses.length - 1) {
                        generator.setLevel(level);
                        return element.executeGeneric(frame);
                    }
                    level++;
                    clauses[level].start(frame);
                }
                generator.finish();
                return null;
            } catch (RuntimeException e) {
                generator.finish();
                throw e;
            } finally {
                generator.exit();
            }
        }
    }
}
