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
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code SystemExit.code}: the exit status or message. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.SystemExit)
public final class SystemExitBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SystemExitBuiltinsFactory.getFactories();
    }

    // SystemExit_init: None without arguments, the argument, or the tuple of several
    @Builtin(name = "code", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object code(PBaseException self) {
            PTuple args = self.getArgs();
            return switch (args.size()) {
                case 0 -> PNone.NONE;
                case 1 -> args.get(0);
                default -> args;
            };
        }
    }
}
