package org.minipy;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage.ContextReference;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.imports.ImportSystem;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.WeakRefCallbacks;
import org.minipy.runtime.interop.ModuleScope;

/** The state of one running minipy program: its modules, streams and recursion depth. */
public final class MiniPyContext {
    private static final ContextReference<MiniPyContext> REFERENCE = ContextReference.create(MiniPyLanguage.class);
    /** CPython's default sys.getrecursionlimit(). */
    public static final int RECURSION_LIMIT = 1000;

    private final MiniPyLanguage language;
    private final Env env;
    private final PrintStream out;
    private final PrintStream err;
    private final ImportSystem importSystem = new ImportSystem(this);
    private final WeakRefCallbacks weakRefCallbacks = new WeakRefCallbacks();
    private PModule builtins;
    private PModule mainModule;
    private ModuleScope mainScope;
    private int depth;
    /** sys.getrecursionlimit(): how many Python frames may be active at once. */
    private int recursionLimit = RECURSION_LIMIT;
    /** The exception being handled (sys.exc_info()), for bare raise and implicit chaining; null if none. */
    private Object handledException;

    MiniPyContext(MiniPyLanguage language, Env env) {
        this.language = language;
        this.env = env;
        this.out = new PrintStream(new BufferedOutputStream(env.out(), 1 << 14), false, StandardCharsets.UTF_8);
        this.err = new PrintStream(env.err(), true, StandardCharsets.UTF_8);
    }

    public static MiniPyContext get(Node node) {
        return REFERENCE.get(node);
    }

    void initialize() {
        builtins = new PModule("builtins");
        for (PBuiltinFunction f : language.getModuleFunctions("builtins")) {
            builtins.put(f.getName(), f);
        }
        for (PythonBuiltinClassType t : PythonBuiltinClassType.values()) {
            if ("builtins".equals(t.getModuleName()) && isPublicBuiltinName(t)) {
                builtins.put(t.getName(), language.getBuiltinClass(t));
            }
        }
        language.initializeModule(this, builtins);
        importSystem.getModules().put("builtins", builtins);
        mainModule = new PModule("__main__");
        mainModule.put("__name__", "__main__");
        mainModule.put("__doc__", PNone.NONE);
        mainModule.put("__package__", PNone.NONE);
        mainModule.put("__spec__", PNone.NONE);
        mainModule.put("__builtins__", builtins);
        importSystem.getModules().put("__main__", mainModule);
        mainScope = new ModuleScope(mainModule);
        importSystem.initializePath();
        importSystem.importModule("sys", null);
    }

    /** Builtin types such as list_iterator exist but have no name in the builtins module. */
    private static boolean isPublicBuiltinName(PythonBuiltinClassType t) {
        return switch (t) {
            case NoneType, NotImplementedType, ellipsis, function, member_descriptor, builtin_function_or_method, method, module, cell, generator,
                            traceback, frame, code, list_iterator, list_reverseiterator, tuple_iterator, range_iterator, longrange_iterator, str_ascii_iterator,
                            bytes_iterator, bytearray_iterator, dict_keyiterator, dict_valueiterator, dict_itemiterator,
                            dict_keys, dict_values, dict_items, set_iterator, iterator, memory_iterator, ForeignObject ->
                false;
            default -> true;
        };
    }

    public MiniPyLanguage getLanguage() {
        return language;
    }

    public Env getEnv() {
        return env;
    }

    public PModule getBuiltins() {
        return builtins;
    }

    public PModule getMainModule() {
        return mainModule;
    }

    public ModuleScope getMainScope() {
        return mainScope;
    }

    public PythonClass getBuiltinClass(PythonBuiltinClassType type) {
        return language.getBuiltinClass(type);
    }

    public WeakRefCallbacks getWeakRefCallbacks() {
        return weakRefCallbacks;
    }

    public PrintStream getOut() {
        return out;
    }

    public PrintStream getErr() {
        return err;
    }

    @TruffleBoundary
    public void flushOutput() {
        out.flush();
    }

    public ImportSystem getImportSystem() {
        return importSystem;
    }

    public Object getHandledException() {
        return handledException;
    }

    public void setHandledException(Object exception) {
        handledException = exception;
    }

    /** Counts Python frames so that runaway recursion raises RecursionError at CPython's limit. */
    public boolean enterFrame() {
        return ++depth <= recursionLimit;
    }

    public int getRecursionLimit() {
        return recursionLimit;
    }

    public int getRecursionDepth() {
        return depth;
    }

    public void setRecursionLimit(int limit) {
        recursionLimit = limit;
    }

    public void exitFrame() {
        depth--;
    }
}
