package org.minipy.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
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
        module.put("version_info", new PTuple(new Object[]{3L, 14L, 0L, "final", 0L}));
        module.put("hexversion", 0x030e00f0L);
        module.put("version", "3.14.0 (minipy " + MiniPyLanguage.VERSION + ", Truffle)");
        module.put("platform", platform());
        module.put("maxunicode", (long) Character.MAX_CODE_POINT);
        module.put("dont_write_bytecode", true);
        module.put("modules", context.getImportSystem().getModules());
        module.put("path", context.getImportSystem().getPath());
    }

    /** sys.platform as CPython names the operating system. */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        }
        if (os.startsWith("mac")) {
            return "darwin";
        }
        return os.startsWith("linux") ? "linux" : os.replace(" ", "");
    }

    // sys_exception: the exception being handled, or None
    @Builtin(name = "exception")
    @GenerateNodeFactory
    public abstract static class ExceptionNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exception(@SuppressWarnings("unused") Object[] bound) {
            Object handled = MiniPyContext.get(this).getHandledException();
            return handled instanceof PBaseException ? handled : PNone.NONE;
        }
    }

    // sys_exc_info: (type, value, traceback) of the exception being handled, or three Nones
    @Builtin(name = "exc_info")
    @GenerateNodeFactory
    public abstract static class ExcInfoNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object excInfo(@SuppressWarnings("unused") Object[] bound) {
            if (MiniPyContext.get(this).getHandledException() instanceof PBaseException e) {
                Object tb = e.getTraceback();
                return new PTuple(new Object[]{GetClassNode.getUncached().execute(e), e, tb == null ? PNone.NONE : tb});
            }
            return new PTuple(new Object[]{PNone.NONE, PNone.NONE, PNone.NONE});
        }
    }

    @Builtin(name = "getrecursionlimit")
    @GenerateNodeFactory
    public abstract static class GetRecursionLimitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object get(@SuppressWarnings("unused") Object[] bound) {
            return (long) MiniPyContext.get(this).getRecursionLimit();
        }
    }

    // sys_setrecursionlimit_impl
    @Builtin(name = "setrecursionlimit", parameters = {"limit"})
    @GenerateNodeFactory
    public abstract static class SetRecursionLimitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object set(Object limit) {
            if (!(limit instanceof Long l)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "'%s' object cannot be interpreted as an integer",
                                GetClassNode.getUncached().execute(limit).getName());
            }
            if (l < 1) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.ValueError, "recursion limit must be greater or equal than 1");
            }
            MiniPyContext context = MiniPyContext.get(this);
            int value = (int) Math.min(l, Integer.MAX_VALUE);
            if (value <= context.getRecursionDepth()) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.RecursionError,
                                "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", value, context.getRecursionDepth());
            }
            context.setRecursionLimit(value);
            return PNone.NONE;
        }
    }

    // sys_intern_impl: strings are interned by the JVM's own rules; the identity that matters is the value's
    @Builtin(name = "intern", parameters = {"string"})
    @GenerateNodeFactory
    public abstract static class InternNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object intern(Object string) {
            if (!(string instanceof String)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "intern() argument must be str, not %s",
                                GetClassNode.getUncached().execute(string).getName());
            }
            return string;
        }
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
