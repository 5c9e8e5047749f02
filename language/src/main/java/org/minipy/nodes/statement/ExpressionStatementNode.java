package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.runtime.PNone;

/** An expression used as a statement; in interactive input its value is echoed like sys.displayhook. */
public final class ExpressionStatementNode extends StatementNode {
    @Child private ExpressionNode expression;
    private final boolean echo;

    public ExpressionStatementNode(ExpressionNode expression, boolean echo) {
        this.expression = expression;
        this.echo = echo;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object value = expression.executeGeneric(frame);
        if (echo && value != PNone.NONE) {
            display(value);
        }
    }

    @TruffleBoundary
    private void display(Object value) {
        MiniPyContext context = MiniPyContext.get(this);
        context.getOut().println(PyObjectReprNode.getUncached().execute(value));
        context.flushOutput();
    }
}
