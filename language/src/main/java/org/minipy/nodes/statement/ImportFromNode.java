package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;

/**
 * IMPORT_FROM: one name of a module, for {@code from m import name} and for each step of
 * {@code import a.b.c as x}; a submodule that is no attribute (yet) is taken from {@code sys.modules}.
 */
public final class ImportFromNode extends ExpressionNode {
    @Child private ExpressionNode module;
    private final String name;

    public ImportFromNode(ExpressionNode module, String name) {
        this.module = module;
        this.name = name;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return importFrom(module.executeGeneric(frame));
    }

    @TruffleBoundary
    private Object importFrom(Object m) {
        return MiniPyContext.get(this).getImportSystem().importFrom(m, name, this);
    }
}
