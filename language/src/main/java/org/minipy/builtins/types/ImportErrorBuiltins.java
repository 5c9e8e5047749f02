package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * ImportError's members {@code name} (the module), {@code path} (its file) and {@code name_from} (the name a
 * from-import wanted): None unless the import system (or an assignment, which shadows these getters) set them.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.ImportError)
public final class ImportErrorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ImportErrorBuiltinsFactory.getFactories();
    }

    // ImportError_members
    @Builtin(name = "name", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object name(PBaseException self) {
            return orNone(self.getAttribute("name"));
        }
    }

    @Builtin(name = "path", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class PathNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object path(PBaseException self) {
            return orNone(self.getAttribute("path"));
        }
    }

    @Builtin(name = "name_from", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameFromNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object nameFrom(PBaseException self) {
            return orNone(self.getAttribute("name_from"));
        }
    }

    private static Object orNone(Object value) {
        return value == null ? PNone.NONE : value;
    }
}
