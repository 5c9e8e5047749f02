package org.minipy.nodes.function;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.runtime.PNone;

/** The code of a module; the value of a trailing expression statement is its result. */
public final class ModuleRootNode extends MiniPyRootNode {
    @Child private StatementNode body;
    @Child private ExpressionNode result;

    public ModuleRootNode(MiniPyLanguage language, FrameDescriptor descriptor, SourceSection section, StatementNode body, ExpressionNode result) {
        super(language, descriptor, section, "<module>");
        this.body = body;
        this.result = result;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            body.executeVoid(frame);
            return result == null ? PNone.NONE : result.executeGeneric(frame);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw PRaiseNode.exhausted(e);
        }
    }
}
