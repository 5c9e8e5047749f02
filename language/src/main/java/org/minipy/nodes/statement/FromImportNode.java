package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.MiniPyContext;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.WriteTargetNode;

/** {@code from m import a, b as c}: the module is imported once, then each name is taken from it and stored. */
public final class FromImportNode extends StatementNode {
    @Child private ImportNode module;
    @CompilationFinal(dimensions = 1) private final String[] names;
    @Children private final WriteTargetNode[] targets;

    public FromImportNode(ImportNode module, String[] names, WriteTargetNode[] targets) {
        this.module = module;
        this.names = names;
        this.targets = targets;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        Object m = module.executeGeneric(frame);
        for (int i = 0; i < names.length; i++) {
            targets[i].executeWrite(frame, importFrom(m, names[i]));
        }
    }

    @TruffleBoundary
    private Object importFrom(Object m, String name) {
        return MiniPyContext.get(this).getImportSystem().importFrom(m, name, this);
    }
}
