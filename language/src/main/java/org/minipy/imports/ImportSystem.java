package org.minipy.imports;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.parser.AstTranslator;
import org.minipy.parser.SyntaxErrorException;
import org.minipy.runtime.MiniPySyntaxError;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * The import machinery of one context, after importlib._bootstrap: {@code sys.modules}, {@code sys.path}, and
 * finding, loading and executing modules: the builtin (Java) modules first, then the entries of the path
 * ({@link PathFinder}). A module executes once; it is in {@code sys.modules} while its code runs, so a circular
 * import sees it partially initialised, and is taken out again if its code raises.
 */
public final class ImportSystem {
    private final MiniPyContext context;
    private final PDict modules = new PDict();
    private final PList path = new PList();
    /** The modules whose code is running (importlib's {@code __spec__._initializing}). */
    private final Set<String> initializing = new HashSet<>();

    public ImportSystem(MiniPyContext context) {
        this.context = context;
    }

    /** {@code sys.modules}. */
    public PDict getModules() {
        return modules;
    }

    /** {@code sys.path}. */
    public PList getPath() {
        return path;
    }

    /**
     * sys.path as CPython's getpath and pymain build it: the script's folder (symbolic links resolved; '' for
     * {@code -c}, stdin and the REPL, which means the working directory; for {@code -m} that directory), the
     * entries of {@code PYTHONPATH} and then of the {@code minipy.PythonPath} option, made absolute, then minipy's
     * library.
     */
    @TruffleBoundary
    public void initializePath() {
        Env env = context.getEnv();
        String[] argv = env.getApplicationArguments();
        path.append(scriptFolder(env, argv.length == 0 ? "" : argv[0]));
        String pythonPath = env.getEnvironment().get("PYTHONPATH");
        for (String entries : new String[]{pythonPath == null ? "" : pythonPath, env.getOptions().get(MiniPyLanguage.PYTHON_PATH)}) {
            for (String entry : entries.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.append(absolute(env, entry));
                }
            }
        }
        path.append(LibraryModules.PATH_ENTRY);
    }

    // _PyPathConfig_ComputeSysPath0
    private static String scriptFolder(Env env, String script) {
        if (script.isEmpty() || script.equals("-c") || script.equals("-")) {
            return "";
        }
        if (script.equals("-m")) {
            // runpy: the working directory, absolute
            try {
                return env.getCurrentWorkingDirectory().getPath();
            } catch (SecurityException e) {
                return "";
            }
        }
        try {
            TruffleFile file = env.getPublicTruffleFile(script);
            try {
                file = file.getCanonicalFile();
            } catch (IOException e) {
                file = file.getAbsoluteFile();
            }
            TruffleFile parent = file.getParent();
            return parent == null ? "" : parent.getPath();
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return "";
        }
    }

    private static String absolute(Env env, String entry) {
        try {
            return env.getPublicTruffleFile(entry).getAbsoluteFile().getPath();
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return entry;
        }
    }

    @TruffleBoundary
    public boolean isInitializing(String name) {
        return initializing.contains(name);
    }

    /** _gcd_import: the module of this absolute name, importing it and its parent packages first if needed. */
    @TruffleBoundary
    public Object importModule(String name, Node location) {
        Object module = modules.get(name);
        if (module != null) {
            return module;
        }
        int dot = name.lastIndexOf('.');
        Object[] searchPath;
        Object parentModule = null;
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            parentModule = importModule(parent, location);
            // importing the parent may have imported this module too
            module = modules.get(name);
            if (module != null) {
                return module;
            }
            Object parentPath = parentModule instanceof PModule p ? p.get("__path__") : null;
            if (!(parentPath instanceof PList list)) {
                throw notFound(location, name, "No module named '" + name + "'; '" + parent + "' is not a package");
            }
            searchPath = list.toArray();
        } else {
            if (context.getLanguage().isBuiltinModule(name)) {
                return createBuiltinModule(name);
            }
            searchPath = path.toArray();
        }
        ModuleSpec spec = PathFinder.find(context.getEnv(), name, searchPath);
        if (spec == null) {
            throw notFound(location, name, "No module named '" + name + "'");
        }
        module = load(spec, location);
        if (parentModule instanceof PModule p) {
            p.put(name.substring(dot + 1), module);
        }
        return module;
    }

    /**
     * runpy._run_module_as_main, for {@code -m}: the module's code runs in {@code __main__}, whose {@code __file__}
     * and {@code __package__} become the module's, and {@code sys.argv[0]} its file; a package runs its
     * {@code __main__} submodule. What cannot run ends the program as runpy does, with a message and status 1.
     */
    @TruffleBoundary
    public void runModuleAsMain(String name, Node location) {
        ModuleSpec spec = mainSpec(name, location);
        PModule main = context.getMainModule();
        main.put("__file__", spec.origin());
        main.put("__package__", spec.parent());
        main.put("__cached__", PNone.NONE);
        if (modules.get("sys") instanceof PModule sys && sys.get("argv") instanceof PList argv && argv.size() > 0) {
            argv.set(0, spec.origin());
        }
        RootCallTarget code = spec.resourcePath() != null ? context.getLanguage().getLibrary().getCode(spec.resourcePath()) : parse(spec.file(), location);
        execute(code, main, location);
    }

    // runpy._get_module_details
    private ModuleSpec mainSpec(String name, Node location) {
        if (name.startsWith(".")) {
            throw cannotRun(location, "Relative module names not supported");
        }
        int dot = name.lastIndexOf('.');
        Object[] searchPath = path.toArray();
        if (dot >= 0) {
            String parent = name.substring(0, dot);
            Object parentModule;
            try {
                parentModule = importModule(parent, location);
            } catch (PException e) {
                if (!e.isOfType(PythonBuiltinClassType.ModuleNotFoundError)) {
                    throw e;
                }
                throw cannotRun(location, "Error while finding module specification for '" + name + "' (ModuleNotFoundError: " +
                                e.getMessage() + ")");
            }
            if (!(parentModule instanceof PModule p && p.get("__path__") instanceof PList parentPath)) {
                throw cannotRun(location, "Error while finding module specification for '" + name + "' (ModuleNotFoundError: __path__ attribute not found on '" +
                                parent + "' while trying to find '" + name + "')");
            }
            searchPath = parentPath.toArray();
        } else if (context.getLanguage().isBuiltinModule(name)) {
            throw cannotRun(location, "No code object available for " + name);
        }
        ModuleSpec spec = PathFinder.find(context.getEnv(), name, searchPath);
        if (spec == null) {
            throw cannotRun(location, "No module named " + name);
        }
        if (spec.isPackage()) {
            if (name.equals("__main__") || name.endsWith(".__main__")) {
                throw cannotRun(location, "Cannot use package as __main__ module");
            }
            try {
                return mainSpec(name + ".__main__", location);
            } catch (PException e) {
                if (modules.get(name) == null || !e.isOfType(PythonBuiltinClassType.SystemExit)) {
                    throw e;
                }
                throw cannotRun(location, e.getMessage().substring("minipy: ".length()) + "; '" + name + "' is a package and cannot be directly executed");
            }
        }
        if (spec.file() == null && spec.resourcePath() == null) {
            throw cannotRun(location, "No code object available for " + name);
        }
        return spec;
    }

    /** runpy's _Error, which ends the program with "minipy: message" and status 1. */
    private static PException cannotRun(Node location, String message) {
        return PRaiseNode.raise(location, new PBaseException(PythonBuiltinClassType.SystemExit, "minipy: " + message));
    }

    /** A builtin module made on its first import: its functions and what its container adds. */
    private PModule createBuiltinModule(String name) {
        MiniPyLanguage language = context.getLanguage();
        PModule module = new PModule(name);
        module.put("__name__", name);
        for (PBuiltinFunction f : language.getModuleFunctions(name)) {
            module.put(f.getName(), f);
        }
        language.initializeModule(context, module);
        modules.put(name, module);
        return module;
    }

    /** _load_unlocked: a new module in sys.modules, its code run in it; out of sys.modules again if that raises. */
    private Object load(ModuleSpec spec, Node location) {
        String name = spec.name();
        PModule module = new PModule(name);
        module.put("__name__", name);
        module.put("__doc__", PNone.NONE);
        module.put("__package__", spec.parent());
        // a namespace package's __file__ is None
        module.put("__file__", spec.origin() != null ? spec.origin() : PNone.NONE);
        if (spec.isPackage()) {
            module.put("__path__", new PList(spec.searchLocations().clone()));
        }
        modules.put(name, module);
        if (spec.file() == null && spec.resourcePath() == null) {
            // a namespace package has no code
            return module;
        }
        initializing.add(name);
        try {
            RootCallTarget code = spec.resourcePath() != null ? context.getLanguage().getLibrary().getCode(spec.resourcePath()) : parse(spec.file(), location);
            execute(code, module, location);
        } catch (PException e) {
            modules.remove(name);
            throw e;
        } finally {
            initializing.remove(name);
        }
        // the module's code may have put another object in its place
        Object result = modules.get(name);
        return result != null ? result : module;
    }

    /** Runs module code with the module as its globals; its frame counts towards the recursion limit. */
    public void execute(RootCallTarget code, PModule module, Node location) {
        if (!context.enterFrame()) {
            context.exitFrame();
            throw PRaiseNode.raise(location, PythonBuiltinClassType.RecursionError, "maximum recursion depth exceeded");
        }
        Object[] args = new Object[PArguments.FIRST_VALUE];
        args[PArguments.CALLEE] = module;
        try {
            code.call(location, args);
        } catch (PException e) {
            throw e.passedCallSite(location);
        } finally {
            context.exitFrame();
        }
    }

    private RootCallTarget parse(TruffleFile file, Node location) {
        String text;
        try {
            text = decode(file.readAllBytes());
        } catch (IOException | SecurityException e) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.ImportError, "cannot read %s: %s", file.getPath(), String.valueOf(e.getMessage()));
        }
        Source source = Source.newBuilder(MiniPyLanguage.ID, file).content(text).name(file.getPath()).build();
        try {
            return AstTranslator.translateModuleCode(context.getLanguage(), source).getCallTarget();
        } catch (MiniPySyntaxError e) {
            throw syntaxError(e, location);
        }
    }

    /** UTF-8 with an optional BOM, as the tokenizer reads a file that declares no encoding. */
    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /**
     * The SyntaxError (IndentationError, TabError; or the MemoryError or RecursionError of code nested too deeply)
     * that compiling an imported file raises, with CPython's attributes: {@code msg}, {@code filename},
     * {@code lineno}, {@code offset}, {@code text}, {@code end_lineno}, {@code end_offset}.
     */
    @TruffleBoundary
    public static PException syntaxError(MiniPySyntaxError error, Node location) {
        SyntaxErrorException d = error.getDetail();
        if (d == null) {
            // found by the translator: the message and the location are all there is
            SourceSection s = error.getErrorSection();
            String message = error.getMessage();
            String msg = message.substring(message.indexOf(": ") + 2);
            d = s == null ? new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX, msg, null, 0, 0, 0, 0, null)
                            : new SyntaxErrorException(SyntaxErrorException.Kind.SYNTAX, msg, s.getSource().getName(), s.getStartLine(), s.getStartColumn(),
                                            s.getEndLine(), s.getEndColumn() + 1, s.getSource().getCharacters(s.getStartLine()).toString());
        }
        PythonBuiltinClassType type = PythonBuiltinClassType.valueOf(d.kind.pythonName);
        if (!d.hasLocation()) {
            return PRaiseNode.raise(location, new PBaseException(type, d.msg));
        }
        Object filename = d.filename == null ? PNone.NONE : d.filename;
        // the line as read from the file, with its line break
        Object text = d.text == null ? PNone.NONE : d.text + "\n";
        PTuple details = new PTuple(new Object[]{filename, (long) d.lineno, (long) d.offset, text, (long) d.endLineno, (long) d.endOffset});
        PBaseException e = new PBaseException(type, d.msg, details);
        e.setAttribute("msg", d.msg);
        e.setAttribute("filename", filename);
        e.setAttribute("lineno", (long) d.lineno);
        e.setAttribute("offset", (long) d.offset);
        e.setAttribute("text", text);
        e.setAttribute("end_lineno", (long) d.endLineno);
        e.setAttribute("end_offset", (long) d.endOffset);
        e.setAttribute("print_file_and_line", PNone.NONE);
        return PRaiseNode.raise(location, e);
    }

    private static PException notFound(Node location, String name, String message) {
        PBaseException e = new PBaseException(PythonBuiltinClassType.ModuleNotFoundError, message);
        e.setAttribute("name", name);
        return PRaiseNode.raise(location, e);
    }

    /**
     * _calc___package__ and _resolve_name: the absolute name of a relative import ({@code level} leading dots)
     * made in the module whose globals these are.
     */
    @TruffleBoundary
    public static String resolveName(String name, int level, Function<String, Object> globals, Node location) {
        Object pkg = globals.apply("__package__");
        String packageName;
        if (pkg instanceof String s) {
            packageName = s;
        } else if (pkg != null && pkg != PNone.NONE) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.TypeError, "package must be a string");
        } else {
            // __package__ unknown: a package's own name, else its parent's
            Object moduleName = globals.apply("__name__");
            if (!(moduleName instanceof String s)) {
                throw PRaiseNode.raise(location, PythonBuiltinClassType.KeyError, "'__name__' not in globals");
            }
            packageName = globals.apply("__path__") != null ? s : (s.lastIndexOf('.') < 0 ? "" : s.substring(0, s.lastIndexOf('.')));
        }
        if (packageName.isEmpty()) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.ImportError, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int k = 1; k < level; k++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PRaiseNode.raise(location, PythonBuiltinClassType.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * _handle_fromlist for one name: {@code from package import name} imports the submodule {@code name} unless the
     * package has such an attribute; a submodule that does not exist is no error here (import_from reports it).
     */
    @TruffleBoundary
    public void importSubmodule(Object module, String name, Node location) {
        if (!(module instanceof PModule m) || m.get("__path__") == null || m.get(name) != null) {
            return;
        }
        String fullName = m.getName() + "." + name;
        try {
            importModule(fullName, location);
        } catch (PException e) {
            if (!(e.isOfType(PythonBuiltinClassType.ModuleNotFoundError) && fullName.equals(e.getPythonException().getAttribute("name")))) {
                throw e;
            }
        }
    }

    /** import_from: {@code from module import name}, falling back to the submodule in sys.modules. */
    @TruffleBoundary
    public Object importFrom(Object module, String name, Node location) {
        Object value = module instanceof PModule m ? m.get(name) : PyObjectGetAttrNode.lookup(module, name);
        if (value != null) {
            return value;
        }
        Object moduleName = module instanceof PModule m ? m.get("__name__") : null;
        if (moduleName instanceof String pkg) {
            Object sub = modules.get(pkg + "." + name);
            if (sub != null) {
                return sub;
            }
        }
        String shown = moduleName instanceof String s ? s : "<unknown module name>";
        Object file = module instanceof PModule m ? m.get("__file__") : null;
        String where = file instanceof String f ? f : "unknown location";
        PBaseException e;
        if (moduleName instanceof String s && isInitializing(s)) {
            e = new PBaseException(PythonBuiltinClassType.ImportError, "cannot import name '" + name + "' from partially initialized module '" + shown +
                            "' (most likely due to a circular import) (" + where + ")");
        } else {
            e = new PBaseException(PythonBuiltinClassType.ImportError, "cannot import name '" + name + "' from '" + shown + "' (" + where + ")");
        }
        e.setAttribute("name", shown);
        e.setAttribute("name_from", name);
        if (file instanceof String) {
            e.setAttribute("path", file);
        }
        throw PRaiseNode.raise(location, e);
    }
}
