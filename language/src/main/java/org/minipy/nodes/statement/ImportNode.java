package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;

/** The module object for {@code import name}: minipy's modules are all built in. */
public final class ImportNode extends ExpressionNode {
    private final String moduleName;

    public ImportNode(String moduleName) {
        this.moduleName = moduleName;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return importModule();
    }

    @TruffleBoundary
    private PModule importModule() {
        PModule module = MiniPyContext.get(this).importModule(moduleName);
        if (module == null) {
            PBaseException e = new PBaseException(PythonBuiltinClassType.ModuleNotFoundError, "No module named '" + moduleName + "'");
            e.setAttribute("name", moduleName);
            throw new PException(e, this);
        }
        return module;
    }

    /** {@code from module import name}: the attribute, or CPython's ImportError. */
    public static final class ImportFromNode extends ExpressionNode {
        @Child private ImportNode module;
        private final String name;

        public ImportFromNode(ImportNode module, String name) {
            this.module = module;
            this.name = name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            PModule m = (PModule) module.executeGeneric(frame);
            return lookup(m);
        }

        @TruffleBoundary
        private Object lookup(PModule m) {
            Object value = m.get(name);
            if (value == null) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.ImportError, "cannot import name '%s' from '%s' (unknown location)", name, m.getName());
            }
            return value;
        }
    }
}
