package org.minipy.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PythonBuiltinClassType;

/** The {@code sys} module. */
@CoreFunctions(defineModule = "sys")
public final class SysModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SysModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        String[] args = context.getEnv().getApplicationArguments();
        Object[] argv = new Object[Math.max(1, args.length)];
        argv[0] = "";
        System.arraycopy(args, 0, argv, 0, args.length);
        module.put("argv", new PList(argv));
        module.put("byteorder", java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        module.put("maxsize", Long.MAX_VALUE);
        module.put("stdin", new PTextStream(context.getEnv().in()));
        module.put("stdout", new PTextStream(context.getOut()));
        module.put("stderr", new PTextStream(context.getErr()));
        module.put("modules", context.getImportSystem().getModules());
        module.put("path", context.getImportSystem().getPath());
    }

    @Builtin(name = "exit", parameters = {"status"}, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object exit(Object status) {
            PBaseException e;
            if (status == PNone.NO_VALUE) {
                e = new PBaseException(PythonBuiltinClassType.SystemExit);
            } else if (status instanceof PTuple tuple) {
                // PyErr_SetObject with a tuple value: the tuple is the exception's args
                e = new PBaseException(PythonBuiltinClassType.SystemExit, null, tuple);
            } else {
                e = new PBaseException(PythonBuiltinClassType.SystemExit, status);
            }
            throw raise(e);
        }

        private PException raise(PBaseException e) {
            return PRaiseNode.raise(this, e);
        }
    }
}
