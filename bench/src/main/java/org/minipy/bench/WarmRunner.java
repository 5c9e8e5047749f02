package org.minipy.bench;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * Runs workloads warm on one language of this JVM (minipy or GraalPy): per workload a fresh context
 * evaluates the file (its setup and a first {@code bench()}), then evaluates {@code print(bench())}
 * for the warm-up and the timed iterations. Started by {@link BenchMain} with the Graal JIT on the
 * upgrade module path; each job is one line of arguments on stdin, each result one line on stdout
 * ({@link RunResult}).
 */
public final class WarmRunner {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final String language;
    private final RunPlan plan;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-watchdog");
        t.setDaemon(true);
        return t;
    });

    private WarmRunner(String language, RunPlan plan) {
        this.language = language;
        this.plan = plan;
    }

    /** Arguments: the language id, then {@link RunPlan#toArguments()}; jobs on stdin, one per line. */
    public static void main(String[] args) throws IOException {
        WarmRunner runner = new WarmRunner(args[0], RunPlan.fromArguments(Arrays.copyOfRange(args, 1, args.length)));
        String jobs = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : jobs.split("\n")) {
            if (!line.isBlank()) {
                List<String> argv = List.of(line.split("\t"));
                System.out.println(runner.run(argv).encode());
                System.out.flush();
            }
        }
    }

    private RunResult run(List<String> argv) {
        try {
            return runInContext(argv);
        } catch (RuntimeException e) {
            // the language itself is missing or broken: a row of n/a, not the end of the run
            return RunResult.failed(e.toString());
        }
    }

    private RunResult runInContext(List<String> argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Context.Builder builder = Context.newBuilder(language)
                .allowAllAccess(true)
                .arguments(language, argv.toArray(new String[0]))
                .out(out)
                // what a workload prints on stderr (the rounds of 11_rounds.py) is not its checksum
                .err(OutputStream.nullOutputStream())
                .option("engine.WarnInterpreterOnly", "false")
                // Compile on the thread that runs the code: warm then means compiled even on a machine
                // whose cores are busy with other work, where a background compilation can lag for minutes.
                .allowExperimentalOptions(true)
                .option("engine.BackgroundCompilation", "false");
        if (language.equals("python")) {
            // GraalPy as its launcher runs it: no site module (none of the workloads needs it).
            builder.option("python.ForceImportSite", "false");
        }
        try (Context context = builder.build()) {
            ScheduledFuture<?> timeout = watchdog.schedule(() -> context.close(true), plan.timeoutSeconds(), TimeUnit.SECONDS);
            try {
                return measure(context, new File(argv.get(0)), out);
            } catch (PolyglotException e) {
                if (e.isCancelled()) {
                    return RunResult.failed("timeout after " + plan.timeoutSeconds() + " s");
                }
                return RunResult.failed(e.getMessage());
            } catch (ChecksumChanged e) {
                return RunResult.failed(e.getMessage());
            } catch (IOException e) {
                return RunResult.failed(e.toString());
            } finally {
                timeout.cancel(false);
            }
        } catch (PolyglotException e) {
            // closing a context that the watchdog cancelled
            return RunResult.failed("timeout after " + plan.timeoutSeconds() + " s");
        }
    }

    private RunResult measure(Context context, File file, ByteArrayOutputStream out) throws IOException {
        context.eval(Source.newBuilder(language, file).build());
        String checksum = takeOutput(out);
        Source again = Source.newBuilder(language, "print(bench())", "bench-iteration").build();
        // Budgets count CPU time, so that a machine busy with other work does not cut the warm-up short.
        // Past the minimum, the warm-up goes on while an iteration still takes clearly longer than the
        // fastest one so far: compilations may still be queued (the JIT runs in the background).
        long warmupEnd = cpuTime() + plan.warmupSeconds() * 1_000_000_000L;
        double fastest = Double.MAX_VALUE;
        for (int i = 0; i < plan.maxWarmups() && (i == 0 || cpuTime() < warmupEnd); i++) {
            long cpu = cpuTime();
            context.eval(again);
            double millis = (cpuTime() - cpu) / 1e6;
            checkSame(checksum, takeOutput(out));
            if (i + 1 >= plan.warmups() && millis < fastest * 1.2) {
                break;
            }
            fastest = Math.min(fastest, millis);
        }
        List<double[]> times = new ArrayList<>();
        long timedEnd = cpuTime() + plan.timedSeconds() * 1_000_000_000L;
        for (int i = 0; i < plan.runs() && (i == 0 || cpuTime() < timedEnd); i++) {
            long cpu = cpuTime();
            long wall = System.nanoTime();
            context.eval(again);
            times.add(new double[]{(System.nanoTime() - wall) / 1e6, (cpuTime() - cpu) / 1e6});
            checkSame(checksum, takeOutput(out));
        }
        return RunResult.measured(checksum, times);
    }

    /**
     * CPU nanoseconds: of this thread, which runs the workload and (compilation being synchronous)
     * the JIT, plus the time of garbage collections, which run on a VM thread. Unlike the process's
     * CPU time, which this JVM counts in 10 ms steps, it resolves iterations of a few milliseconds.
     */
    private static long cpuTime() {
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        return THREADS.getCurrentThreadCpuTime() + gcMillis * 1_000_000;
    }

    private static void checkSame(String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new ChecksumChanged("bench() printed " + actual.strip() + " after " + expected.strip());
        }
    }

    private static final class ChecksumChanged extends RuntimeException {
        ChecksumChanged(String message) {
            super(message);
        }
    }

    private static String takeOutput(ByteArrayOutputStream out) {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }
}
