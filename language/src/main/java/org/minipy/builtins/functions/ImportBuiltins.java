package org.minipy.builtins.functions;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.imports.ImportSystem;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code builtins.__import__}, the function behind the import statement, for programs that import by name. */
@CoreFunctions(defineModule = "builtins")
public final class ImportBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ImportBuiltinsFactory.getFactories();
    }

    // builtin___import___impl, importlib._bootstrap.__import__
    @Builtin(name = "__import__", parameters = {"name", "globals", "locals", "fromlist", "level"}, positionalOnly = 0, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class DunderImportNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object doImport(Object[] bound) {
            if (!(bound[0] instanceof String name)) {
                // PyImport_ImportModuleLevelObject
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "module name must be a string");
            }
            Object globals = bound[1];
            Object fromList = bound[3];
            int level = 0;
            if (bound[4] instanceof Long l) {
                level = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
            } else if (bound[4] != PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "'%s' object cannot be interpreted as an integer",
                                GetClassNode.getUncached().execute(bound[4]).getName());
            }
            if (level < 0) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.ValueError, "level must be >= 0");
            }
            if (level == 0 && name.isEmpty()) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.ValueError, "Empty module name");
            }
            ImportSystem imports = MiniPyContext.get(this).getImportSystem();
            String absolute = name;
            if (level > 0) {
                if (!(globals instanceof PDict dict)) {
                    throw PRaiseNode.raise(this, PythonBuiltinClassType.ImportError, "attempted relative import with no known parent package");
                }
                absolute = ImportSystem.resolveName(name, level, dict::get, this);
            }
            Object module = imports.importModule(absolute, this);
            if (fromList == PNone.NO_VALUE || fromList == PNone.NONE || !PyObjectIsTrueNode.getUncached().execute(fromList)) {
                // the top-level package of what was named: 'a' for 'a.b.c', and for a relative name its own first part
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return module;
                }
                return imports.importModule(absolute.substring(0, absolute.length() - name.length() + dot), this);
            }
            for (Object item : IterableToArray.toArray(this, fromList, null)) {
                if (!(item instanceof String from)) {
                    throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "Item in %s.__all__ must be str, not %s", absolute,
                                    GetClassNode.getUncached().execute(item).getName());
                }
                if (from.equals("*")) {
                    Object all = module instanceof PModule ? PyObjectGetAttrNode.lookup(module, "__all__") : null;
                    if (all != null) {
                        for (Object sub : IterableToArray.toArray(this, all, null)) {
                            if (sub instanceof String s) {
                                imports.importSubmodule(module, s, this);
                            }
                        }
                    }
                } else {
                    imports.importSubmodule(module, from, this);
                }
            }
            return module;
        }
    }
}
