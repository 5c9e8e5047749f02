package org.minipy.launcher;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * The {@code minipy} command: runs a script, {@code -c} code or stdin, or the REPL, with CPython's command line,
 * {@code sys.argv}, messages and exit statuses.
 */
public final class MiniPyMain {

    static final String LANGUAGE = "minipy";
    static final String STDIN_NAME = "<stdin>";
    private static final String COMMAND_NAME = "<string>";
    /** What the language runs as {@code __main__} for {@code -m}: a source whose text is the module name. */
    private static final String RUN_MODULE_NAME = "<run module>";
    private static final String RUN_MODULE_MIME_TYPE = "text/x-minipy-run-module";

    /** The implementation name of the fallback runtime, which runs guest code without the Graal JIT. */
    private static final String INTERPRETER_ONLY = "Interpreted";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorReporter reporter;
    private Engine sharedEngine;
    private Path workingDirectory;
    private final Map<String, String> environment = new HashMap<>();

    public MiniPyMain(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.reporter = new ErrorReporter(err);
    }

    public static void main(String[] args) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        // UTF-8 whatever the locale, as CPython's UTF-8 mode; a pipe gets a block buffer, a terminal each write.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream out = new PrintStream(terminal ? stdout : new BufferedOutputStream(stdout, 1 << 16), terminal,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = run(args, System.in, out, err);
        out.flush();
        System.exit(status);
    }

    /** Runs the {@code minipy} command line with its own engine and returns the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return new MiniPyMain(in, out, err).launch(args);
    }

    /** Runs programs on {@code engine} (which stays open) instead of an engine of their own. */
    public MiniPyMain engine(Engine engine) {
        this.sharedEngine = engine;
        return this;
    }

    /** The directory the program runs in and relative script paths start from, instead of the process's. */
    public MiniPyMain workingDirectory(Path directory) {
        this.workingDirectory = directory.toAbsolutePath();
        return this;
    }

    /** An environment variable the program sees (PYTHONPATH...) besides the process's own. */
    public MiniPyMain environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs the command line and returns the exit status. */
    public int launch(String[] args) {
        try {
            Options options;
            try {
                options = Options.parse(args);
            } catch (Options.UsageException e) {
                err.println(e.getMessage());
                err.println(Options.USAGE_LINE);
                err.println("Try `minipy -h' for more information.");
                return 2;
            }
            if (options.help()) {
                out.print(Options.HELP);
                return 0;
            }
            Engine engine = sharedEngine != null ? sharedEngine : newEngine();
            try {
                return execute(options, engine);
            } finally {
                if (engine != sharedEngine) {
                    engine.close();
                }
            }
        } catch (PolyglotException e) {
            return reporter.report(e);
        } catch (Throwable t) {
            return reporter.internalError(t);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private Engine newEngine() {
        return engineBuilder().in(in).out(out).err(err).build();
    }

    /** An engine set up as {@code minipy} sets up its own; for embedders who run many programs on one engine. */
    public static Engine.Builder engineBuilder() {
        return Engine.newBuilder()
                // Replaced by one line of ours: the engine's own warning takes many.
                .option("engine.WarnInterpreterOnly", "false")
                // Lets developers pass tracing options such as -Dpolyglot.engine.TraceCompilation=true.
                .allowExperimentalOptions(true);
    }

    private int execute(Options options, Engine engine) throws IOException {
        if (INTERPRETER_ONLY.equals(engine.getImplementationName())) {
            err.println("minipy: warning: no Graal JIT, running on the interpreter-only Truffle runtime (much slower);"
                    + " ./minipy sets the JIT up");
        }
        if (options.version()) {
            out.println(versionLine(engine));
            return 0;
        }
        Source program;
        try {
            program = program(options);
        } catch (ScriptFile.Unreadable e) {
            err.println(e.getMessage());
            return e.exitStatus;
        }
        boolean repl = program == null || options.inspect();
        try (ReplInput replInput = repl ? replInput() : null;
             Context context = newContext(engine, options, replInput)) {
            if (program != null) {
                try {
                    context.eval(program);
                    if (!repl) {
                        return 0;
                    }
                } catch (PolyglotException e) {
                    int status = reporter.report(e);
                    if (!repl || e.isExit()) {
                        return status;
                    }
                }
            } else if (!options.quiet()) {
                err.println(versionLine(engine) + " on Java " + Runtime.version());
            }
            return new Repl(context, replInput, reporter, out, err).run();
        }
    }

    /** The program to run first, or null when the REPL starts right away. */
    private Source program(Options options) throws IOException, ScriptFile.Unreadable {
        if (options.command() != null) {
            return Source.newBuilder(LANGUAGE, options.command(), COMMAND_NAME).buildLiteral();
        }
        if (options.module() != null) {
            return Source.newBuilder(LANGUAGE, options.module(), RUN_MODULE_NAME).mimeType(RUN_MODULE_MIME_TYPE).buildLiteral();
        }
        String script = options.script();
        if ("-".equals(script) || script == null && !options.inspect() && !isTerminal()) {
            String text = ScriptFile.decode(in.readAllBytes(), STDIN_NAME);
            return Source.newBuilder(LANGUAGE, text, STDIN_NAME).buildLiteral();
        }
        if (script == null) {
            return null;
        }
        // CPython makes the script's path absolute without normalising it: "./x.py" runs as "/cwd/./x.py".
        Path path = (workingDirectory != null ? workingDirectory : Path.of("").toAbsolutePath()).resolve(script);
        // a Source with a path: the script's module gets it as __file__
        return Source.newBuilder(LANGUAGE, path.toFile()).content(ScriptFile.read(path)).name(path.toString()).build();
    }

    private boolean isTerminal() {
        return in == System.in && System.console() != null && System.console().isTerminal();
    }

    private ReplInput replInput() throws IOException {
        return isTerminal() ? new JLineInput() : new PlainInput(in, err);
    }

    private Context newContext(Engine engine, Options options, ReplInput replInput) {
        Context.Builder builder = Context.newBuilder(LANGUAGE)
                .engine(engine)
                .allowAllAccess(true)
                .arguments(LANGUAGE, options.argv())
                .in(replInput instanceof JLineInput terminal ? terminal.programInput() : in)
                .out(out)
                .err(err)
                .environment(environment);
        if (workingDirectory != null) {
            builder.currentWorkingDirectory(workingDirectory);
        }
        return builder.build();
    }

    private static String versionLine(Engine engine) {
        // Engine.getVersion() says "Development Build" for the Maven Central jars; their manifests know better.
        String graalVersion = Engine.class.getPackage().getImplementationVersion();
        return "minipy " + version() + " (" + engine.getImplementationName() + " "
                + (graalVersion != null ? graalVersion : engine.getVersion()) + ")";
    }

    /** The project's version: 0.1.0 for a 0.1.0-SNAPSHOT build. */
    private static String version() {
        Properties properties = new Properties();
        try (InputStream resource = MiniPyMain.class.getResourceAsStream("version.properties")) {
            properties.load(resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version").replace("-SNAPSHOT", "");
    }
}
