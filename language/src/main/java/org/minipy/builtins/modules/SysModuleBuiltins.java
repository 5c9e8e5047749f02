package org.minipy.builtins.modules;

import java.util.List;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.BuiltinRootNode;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

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
        PythonClass textIO = createTextIOWrapperClass(context);
        module.put("stdout", new PTextStream(textIO, context.getOut()));
        module.put("stderr", new PTextStream(textIO, context.getErr()));
    }

    /**
     * The class of sys.stdout and sys.stderr, {@code _io.TextIOWrapper}, with the methods scripts use.
     * Its methods are nodes of this file that are not sys functions (no {@link GenerateNodeFactory}).
     */
    private static PythonClass createTextIOWrapperClass(MiniPyContext context) {
        PythonClass cls = new PythonClass("TextIOWrapper", null, context.getBuiltinClass(PythonBuiltinClassType.object));
        cls.setAttribute("__module__", "_io");
        MiniPyLanguage language = context.getLanguage();
        addMethod(language, cls, "write", new String[]{"self", "s"}, SysModuleBuiltinsFactory.TextIOWriteNodeGen::create);
        addMethod(language, cls, "flush", new String[]{"self"}, SysModuleBuiltinsFactory.TextIOFlushNodeGen::create);
        return cls;
    }

    private static void addMethod(MiniPyLanguage language, PythonClass cls, String name, String[] parameters, Supplier<PythonBuiltinNode> body) {
        Signature signature = new Signature(name, parameters, parameters.length, new String[0], null, null);
        cls.setAttribute(name, new PBuiltinFunction(name, cls, signature, false, false,
                        () -> new BuiltinRootNode(language, body.get(), name, signature, parameters.length)));
    }

    /** _io_TextIOWrapper_write. */
    public abstract static class TextIOWriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static long write(PTextStream self, String text) {
            return self.write(text);
        }

        @Fallback
        Object write(Object self, Object text) {
            if (!(self instanceof PTextStream)) {
                throw wrongSelf(this, self, "write");
            }
            throw PRaiseNode.raise(this, TypeError, "write() argument must be str, not %s", GetClassNode.getUncached().execute(text).getName());
        }
    }

    public abstract static class TextIOFlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object flush(PTextStream self) {
            self.flush();
            return PNone.NONE;
        }

        @Fallback
        Object flush(Object self) {
            throw wrongSelf(this, self, "flush");
        }
    }

    /** For methods called through the class with something else as self. */
    @TruffleBoundary
    private static PException wrongSelf(Node node, Object self, String method) {
        return PRaiseNode.raise(node, TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", method,
                        GetClassNode.getUncached().execute(self).getName());
    }

    @Builtin(name = "exit", parameters = {"status"}, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object exit(Object status) {
            PBaseException e = status == PNone.NO_VALUE ? new PBaseException(PythonBuiltinClassType.SystemExit)
                            : new PBaseException(PythonBuiltinClassType.SystemExit, status);
            throw raise(e);
        }

        private PException raise(PBaseException e) {
            return PRaiseNode.raise(this, e);
        }
    }
}
