package org.minipy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Option;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.instrumentation.ProvidedTags;
import com.oracle.truffle.api.instrumentation.StandardTags;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.BuiltinRegistry;
import org.minipy.builtins.BuiltinRootNode;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.imports.LibraryModules;
import org.minipy.nodes.function.TopLevelRootNode;
import org.minipy.parser.AstTranslator;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Signature;
import org.minipy.runtime.interop.PrimitiveValueView;

/**
 * The minipy language: a Python subset on Truffle. One instance per context (the default exclusive
 * policy), holding what does not change while programs run: builtin classes and builtin functions.
 */
@TruffleLanguage.Registration(id = MiniPyLanguage.ID, name = "minipy", version = MiniPyLanguage.VERSION,
                defaultMimeType = MiniPyLanguage.MIME_TYPE, characterMimeTypes = {MiniPyLanguage.MIME_TYPE, MiniPyLanguage.RUN_MODULE_MIME_TYPE},
                fileTypeDetectors = MiniPyFileDetector.class, interactive = true)
@ProvidedTags({StandardTags.StatementTag.class, StandardTags.RootTag.class})
public final class MiniPyLanguage extends TruffleLanguage<MiniPyContext> {
    public static final String ID = "minipy";
    public static final String VERSION = "0.1.0";
    public static final String MIME_TYPE = "text/x-minipy";
    /** A source of this type is a module's name, which runs as {@code __main__} ({@code python -m}, runpy). */
    public static final String RUN_MODULE_MIME_TYPE = "text/x-minipy-run-module";

    /** Folders searched for modules after PYTHONPATH's, separated as PYTHONPATH's are (GraalPy's python.PythonPath). */
    @Option(name = "PythonPath", help = "Folders to import modules from, after PYTHONPATH's (separated by the path separator, ':' on Unix).", category = OptionCategory.USER,
                    stability = OptionStability.STABLE, usageSyntax = "<path>:<path>...") //
    public static final OptionKey<String> PYTHON_PATH = new OptionKey<>("");

    private static final LanguageReference<MiniPyLanguage> REFERENCE = LanguageReference.create(MiniPyLanguage.class);

    @CompilationFinal(dimensions = 1) private final PythonClass[] builtinClasses;
    /** The containers that define each module's functions, which are created on the first import. */
    private final Map<String, List<PythonBuiltins>> moduleDefiners = new HashMap<>();
    private final Map<String, List<PBuiltinFunction>> moduleFunctions = new HashMap<>();
    private final LibraryModules library = new LibraryModules(this);

    public MiniPyLanguage() {
        PythonBuiltinClassType[] types = PythonBuiltinClassType.values();
        builtinClasses = new PythonClass[types.length];
        for (PythonBuiltinClassType t : types) {
            PythonClass base = t.getBase() == null ? null : builtinClasses[t.getBase().ordinal()];
            builtinClasses[t.ordinal()] = new PythonClass(t.getName(), t, base);
        }
        Map<PythonClass, List<PythonBuiltins>> extenders = new LinkedHashMap<>();
        for (PythonBuiltins container : BuiltinRegistry.containers()) {
            CoreFunctions core = container.getClass().getAnnotation(CoreFunctions.class);
            for (PythonBuiltinClassType t : core.extendClasses()) {
                extenders.computeIfAbsent(builtinClasses[t.ordinal()], k -> new ArrayList<>()).add(container);
            }
            if (!core.defineModule().isEmpty()) {
                moduleDefiners.computeIfAbsent(core.defineModule(), k -> new ArrayList<>()).add(container);
            }
        }
        for (Map.Entry<PythonClass, List<PythonBuiltins>> e : extenders.entrySet()) {
            PythonClass owner = e.getKey();
            owner.setPendingBuiltins(() -> {
                for (PythonBuiltins container : e.getValue()) {
                    for (PBuiltinFunction f : createFunctions(container, owner)) {
                        owner.setAttribute(f.getName(), f);
                    }
                }
            });
        }
    }

    private List<PBuiltinFunction> createFunctions(PythonBuiltins container, PythonClass owner) {
        List<PBuiltinFunction> result = new ArrayList<>();
        for (NodeFactory<? extends PythonBuiltinNode> factory : container.getNodeFactories()) {
            Builtin b = factory.getNodeClass().getAnnotation(Builtin.class);
            String[] params = b.parameters();
            int positionalOnly = b.positionalOnly() < 0 ? params.length : b.positionalOnly();
            Signature sig = new Signature(b.name(), params, positionalOnly, b.keywordOnly(),
                            b.varArgs().isEmpty() ? null : b.varArgs(), b.varKeywords().isEmpty() ? null : b.varKeywords());
            int required = b.minArgs() < 0 ? params.length : b.minArgs();
            boolean isNew = b.name().equals("__new__");
            // a constructor is named after its class in messages ("int expected at most 2 arguments")
            String displayName = isNew && owner != null ? owner.getName() : b.name();
            String qualifiedName = owner != null && !isNew ? owner.getName() + "." + b.name() : displayName;
            int implicit = owner != null && params.length > 0 ? 1 : 0;
            result.add(new PBuiltinFunction(b.name(), owner, sig, b.isClassmethod(), b.isGetter(),
                            () -> new BuiltinRootNode(this, factory.createNode(), displayName, qualifiedName, sig, required, implicit)));
        }
        return result;
    }

    public static MiniPyLanguage get(Node node) {
        return REFERENCE.get(node);
    }

    public PythonClass getBuiltinClass(PythonBuiltinClassType type) {
        return builtinClasses[type.ordinal()];
    }

    @TruffleBoundary
    public List<PBuiltinFunction> getModuleFunctions(String module) {
        List<PythonBuiltins> definers = moduleDefiners.get(module);
        if (definers == null) {
            return List.of();
        }
        return moduleFunctions.computeIfAbsent(module, k -> {
            List<PBuiltinFunction> functions = new ArrayList<>();
            for (PythonBuiltins container : definers) {
                functions.addAll(createFunctions(container, null));
            }
            return functions;
        });
    }

    /** minipy's own library of Python modules, parsed once per language. */
    public LibraryModules getLibrary() {
        return library;
    }

    /** Adds the non-function attributes of a builtin module, from every container that defines it. */
    @TruffleBoundary
    public void initializeModule(MiniPyContext context, PModule module) {
        for (PythonBuiltins container : moduleDefiners.get(module.getName())) {
            container.initializeModule(context, module);
        }
    }

    /** The container that defines the builtin module (the first, if several add to it). */
    public PythonBuiltins getModuleContainer(String module) {
        return moduleDefiners.get(module).get(0);
    }

    public boolean isBuiltinModule(String module) {
        return moduleDefiners.containsKey(module);
    }

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MiniPyLanguageOptionDescriptors();
    }

    @Override
    protected MiniPyContext createContext(Env env) {
        return new MiniPyContext(this, env);
    }

    @Override
    protected void initializeContext(MiniPyContext context) {
        context.initialize();
    }

    @Override
    protected void finalizeContext(MiniPyContext context) {
        context.flushOutput();
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        Source source = request.getSource();
        if (RUN_MODULE_MIME_TYPE.equals(source.getMimeType())) {
            return new TopLevelRootNode(this, source.getCharacters().toString().strip()).getCallTarget();
        }
        return AstTranslator.translateModule(this, source).getCallTarget();
    }

    /** Interactive sources echo their expression statements themselves (sys.displayhook), never the eval result. */
    @Override
    protected boolean isVisible(MiniPyContext context, Object value) {
        return false;
    }

    /** The globals of {@code __main__}, which the host reads and writes as {@code getBindings("minipy")}. */
    @Override
    protected Object getScope(MiniPyContext context) {
        return context.getMainScope();
    }

    /** int, float, bool and str are Java values: they show and have classes as in Python (PrimitiveValueView). */
    @Override
    protected Object getLanguageView(MiniPyContext context, Object value) {
        if (value instanceof Long || value instanceof Double || value instanceof Boolean || value instanceof String) {
            return new PrimitiveValueView(value);
        }
        return null;
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return singleThreaded;
    }
}
