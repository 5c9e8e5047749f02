package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.imports.ImportSystem;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.local.GlobalsNode;
import org.minipy.runtime.PModule;

/**
 * IMPORT_NAME: imports a module by name, relative to the running module's package when {@code level} (the number of
 * leading dots) is not 0. Its value is the top-level package for {@code import a.b.c}, else the named module, after
 * importing the submodules that a {@code from} import names ({@code _handle_fromlist}).
 */
public final class ImportNode extends ExpressionNode {
    private final String name;
    private final int level;
    private final boolean topLevel;
    @CompilationFinal(dimensions = 1) private final String[] fromList;

    /**
     * @param topLevel whether the value is the top-level package ({@code import a.b.c}) instead of the module
     * @param fromList the names of a {@code from} import, or an empty array
     */
    public ImportNode(String name, int level, boolean topLevel, String[] fromList) {
        this.name = name;
        this.level = level;
        this.topLevel = topLevel;
        this.fromList = fromList;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return doImport(level == 0 ? null : GlobalsNode.get(frame));
    }

    @TruffleBoundary
    private Object doImport(PModule globals) {
        ImportSystem imports = MiniPyContext.get(this).getImportSystem();
        String absolute = level == 0 ? name : ImportSystem.resolveName(name, level, globals::get, this);
        Object module = imports.importModule(absolute, this);
        if (topLevel) {
            int dot = absolute.indexOf('.');
            return dot < 0 ? module : imports.importModule(absolute.substring(0, dot), this);
        }
        for (String from : fromList) {
            if (!from.equals("*")) {
                imports.importSubmodule(module, from, this);
            }
        }
        return module;
    }
}
