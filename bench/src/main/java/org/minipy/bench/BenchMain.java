package org.minipy.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * bench/run: runs every workload on minipy, CPython 3.13 and GraalPy, warm and as whole processes,
 * checks that they print the same checksums, prints the tables and writes them to BENCHMARKS.md.
 */
public final class BenchMain {
    static final String CPYTHON = System.getProperty("user.home") + "/.pyenv/versions/3.13.0/bin/python3";
    private static final String USAGE = """
            usage: bench/run [--quick] [--only REGEX] [--whole-only] [--clock cpu|wall] [--no-write]
              --quick       sizes and iterations scaled down, one whole-process run each: a few minutes
              --whole-only  only the whole processes and the start-up (BENCHMARKS.md is not written)
              --only REGEX  only the workloads whose name matches REGEX (BENCHMARKS.md is not written)
              --clock       the time the table shows: CPU time (default) or wall-clock time
              --no-write    print the table without writing BENCHMARKS.md
            """;

    private final Path root;
    private final Processes processes;
    private final boolean quick;
    private final RunPlan plan;

    private final boolean wholeOnly;

    private BenchMain(Path root, boolean quick, boolean wholeOnly) {
        this.root = root;
        this.processes = new Processes(root);
        this.quick = quick;
        this.wholeOnly = wholeOnly;
        this.plan = quick ? RunPlan.QUICK : RunPlan.FULL;
    }

    /** Arguments: the repository root, the command line as the user typed it, then the options. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String command = args[1];
        boolean quick = false;
        boolean write = true;
        boolean wholeOnly = false;
        Pattern only = null;
        Clock clock = Clock.CPU;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-write" -> write = false;
                case "--whole-only" -> {
                    wholeOnly = true;
                    write = false;
                }
                case "--only" -> {
                    only = Pattern.compile(args[++i]);
                    write = false;
                }
                case "--clock" -> clock = Clock.valueOf(args[++i].toUpperCase());
                default -> {
                    System.err.print(USAGE);
                    System.exit(2);
                }
            }
        }
        List<Workload> workloads = new ArrayList<>();
        for (Workload w : Workloads.all(quick)) {
            if (only == null || only.matcher(w.name()).find()) {
                workloads.add(w);
            }
        }
        Report report = new BenchMain(root, quick, wholeOnly).run(workloads, command, clock);
        String markdown = report.markdown();
        System.out.print(markdown);
        if (write) {
            Files.writeString(root.resolve("BENCHMARKS.md"), markdown);
            System.err.println("bench: wrote BENCHMARKS.md");
        }
    }

    private Report run(List<Workload> workloads, String command, Clock clock) throws Exception {
        Report report = new Report(command, clock, quick, plan);
        Map<Workload, RunResult> cpython = new LinkedHashMap<>();
        Map<Workload, RunResult> minipyWarm = new LinkedHashMap<>();
        Map<Workload, RunResult> graalpy = new LinkedHashMap<>();
        Map<Long, Double> ceilings = new LinkedHashMap<>();
        if (!wholeOnly) {
            progress("CPython 3.13");
            for (Workload w : workloads) {
                cpython.put(w, cpython(w));
            }
            progress("minipy warm");
            minipyWarm = warm("minipy", workloads);
            progress("GraalPy warm");
            graalpy = warm("python", workloads);
            for (Workload w : workloads) {
                if (w.copyBytes() > 0 && !ceilings.containsKey(w.copyBytes())) {
                    progress("System.arraycopy of " + Workloads.bytes(w.copyBytes()) + " (JMH)");
                    ceilings.put(w.copyBytes(), CopyCeiling.millisPerCopy(w.copyBytes(), quick));
                }
            }
            for (Workload w : workloads) {
                report.add(w, cpython.get(w), minipyWarm.get(w), graalpy.get(w), ceilings.get(w.copyBytes()));
            }
        }
        progress("whole processes: minipy, CPython, GraalPy");
        int runs = quick ? 1 : 3;
        for (Workload w : workloads) {
            // GraalPy once: its start-up alone takes tens of seconds of CPU time
            WholeProcess[] systems = whole(List.of(minipy(w.commandArguments()), python(w.commandArguments()), graalpy(w.commandArguments())),
                            List.of(runs, runs, 1), plan.timeoutSeconds() * 2);
            report.whole(w, systems[0], systems[1], systems[2], minipyWarm.get(w));
        }
        progress("start-up");
        WholeProcess[] pass = whole(List.of(minipy(List.of("-c", "pass")), python(List.of("-c", "pass"))), List.of(runs, runs), 120);
        WholeProcess[] hello = whole(List.of(minipy(List.of("examples/hello.py")), python(List.of("examples/hello.py"))), List.of(runs, runs), 120);
        report.startup("-c pass", pass[0], pass[1]);
        report.startup("examples/hello.py", hello[0], hello[1]);
        return report;
    }

    /**
     * Each command as a whole process, {@code counts} times, taking turns so that a change in the
     * machine's load shows on all of them alike; a command that failed once is not run again.
     */
    private WholeProcess[] whole(List<List<String>> commands, List<Integer> counts, int timeoutSeconds) throws IOException, InterruptedException {
        List<List<ProcessRun>> runs = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            runs.add(new ArrayList<>());
        }
        int most = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int round = 0; round < most; round++) {
            for (int i = 0; i < commands.size(); i++) {
                List<ProcessRun> previous = runs.get(i);
                if (round < counts.get(i) && (previous.isEmpty() || previous.get(0).ok())) {
                    previous.add(processes.timed(commands.get(i), timeoutSeconds));
                }
            }
        }
        return runs.stream().map(WholeProcess::of).toArray(WholeProcess[]::new);
    }

    private static List<String> minipy(List<String> arguments) {
        return concat(List.of("./minipy"), arguments);
    }

    private static List<String> python(List<String> arguments) {
        return concat(List.of(CPYTHON), arguments);
    }

    /** GraalPy embedded in a JVM of its own, started with the options of the warm runs. */
    private List<String> graalpy(List<String> arguments) {
        return concat(jvm(GraalPyProcess.class), arguments);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private RunResult cpython(Workload w) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CPYTHON, "bench/cpython_driver.py"));
        command.addAll(Arrays.asList(plan.toArguments()));
        command.addAll(w.commandArguments());
        String line = processes.output(command, "", plan.timeoutSeconds() * 3);
        return line == null ? RunResult.failed("timeout") : RunResult.decode(line);
    }

    /** All workloads in one JVM that has the Graal JIT, a fresh context each. */
    private Map<Workload, RunResult> warm(String language, List<Workload> workloads) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm(WarmRunner.class));
        command.add(language);
        command.addAll(Arrays.asList(plan.toArguments()));
        StringBuilder jobs = new StringBuilder();
        for (Workload w : workloads) {
            jobs.append(String.join("\t", w.commandArguments())).append('\n');
        }
        String output = processes.output(command, jobs.toString(), plan.timeoutSeconds() * (workloads.size() + 2));
        Map<Workload, RunResult> results = new LinkedHashMap<>();
        List<String> lines = output == null ? List.of() : output.lines().filter(l -> l.startsWith("ok\t") || l.startsWith("error\t")).toList();
        for (int i = 0; i < workloads.size(); i++) {
            results.put(workloads.get(i), i < lines.size() ? RunResult.decode(lines.get(i)) : RunResult.failed("the runner died"));
        }
        return results;
    }

    /** The jars that put the Graal JIT on the upgrade module path, as ./minipy does. */
    private String jvmciPath() {
        File[] jars = root.resolve("bench/target/jvmci").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        return String.join(":", Arrays.stream(jars).map(File::getPath).sorted().toList());
    }

    /** A JVM of the harness's JDK with the Graal JIT on the upgrade module path, running {@code main}. */
    private List<String> jvm(Class<?> main) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=" + jvmciPath(),
                        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                        "-Xss16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName());
    }

    private static final long START = System.nanoTime();

    private static void progress(String what) {
        System.err.printf("bench: %3d s: %s...%n", (System.nanoTime() - START) / 1_000_000_000L, what);
    }
}
