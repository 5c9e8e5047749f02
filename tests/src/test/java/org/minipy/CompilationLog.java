package org.minipy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.graalvm.polyglot.Context;

/**
 * A minipy context whose engine compiles on the executing thread (so a hot loop's compilation is done when
 * {@code eval} returns) and traces its compilations into a log the JIT tests read: did a function compile,
 * and did anything deoptimize, get invalidated or recompile once it was warm.
 */
public final class CompilationLog implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Context context;

    /** {@code traceOptions} are further engine options set to {@code true}, e.g. {@code compiler.TraceInlining}. */
    public CompilationLog(String... traceOptions) {
        Context.Builder builder = Context.newBuilder("minipy")
                        .allowExperimentalOptions(true)
                        .option("engine.TraceCompilation", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .logHandler(new Collector(lines));
        for (String option : traceOptions) {
            builder.option(option, "true");
        }
        context = builder.build();
    }

    public Context context() {
        return context;
    }

    /** Whether a line of the log contains every one of {@code fragments}. */
    public boolean has(String... fragments) {
        return lines.stream().anyMatch(line -> List.of(fragments).stream().allMatch(line::contains));
    }

    /** Whether the inlining trace ({@code compiler.TraceInlining}) tells that {@code name} was inlined. */
    public boolean hasInlined(String name) {
        return lines.stream().anyMatch(line -> line.startsWith("Inlined ") && line.contains(name));
    }

    /** The lines that tell of a deoptimization, an invalidation, a (re)compilation or a failed compilation. */
    public List<String> churn() {
        return lines.stream()
                        .filter(line -> line.contains("opt deopt") || line.contains("opt inv") || line.contains("opt done") || line.contains("opt fail"))
                        .toList();
    }

    public void clear() {
        lines.clear();
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        context.close();
    }

    private static final class Collector extends Handler {
        private final List<String> lines;

        Collector(List<String> lines) {
            this.lines = lines;
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
