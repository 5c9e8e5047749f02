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
 * bench/run: runs every workload on minipy warm and cold, CPython 3.13 and GraalPy, checks that they
 * print the same checksums, prints one table and writes it to BENCHMARKS.md.
 */
public final class BenchMain {
    static final String CPYTHON = System.getProperty("user.home") + "/.pyenv/versions/3.13.0/bin/python3";
    private static final String USAGE = """
            usage: bench/run [--quick] [--only REGEX] [--clock cpu|wall] [--no-write]
              --quick       sizes and iterations scaled down: about two minutes
              --only REGEX  only the workloads whose name matches REGEX (BENCHMARKS.md is not written)
              --clock       the time the table shows: CPU time (default) or wall-clock time
              --no-write    print the table without writing BENCHMARKS.md
            """;

    private final Path root;
    private final Processes processes;
    private final boolean quick;
    private final RunPlan plan;

    private BenchMain(Path root, boolean quick) {
        this.root = root;
        this.processes = new Processes(root);
        this.quick = quick;
        this.plan = quick ? RunPlan.QUICK : RunPlan.FULL;
    }

    /** Arguments: the repository root, the command line as the user typed it, then the options. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        String command = args[1];
        boolean quick = false;
        boolean write = true;
        Pattern only = null;
        Clock clock = Clock.CPU;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--no-write" -> write = false;
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
        Report report = new BenchMain(root, quick).run(workloads, command, clock);
        String markdown = report.markdown();
        System.out.print(markdown);
        if (write) {
            Files.writeString(root.resolve("BENCHMARKS.md"), markdown);
            System.err.println("bench: wrote BENCHMARKS.md");
        }
    }

    private Report run(List<Workload> workloads, String command, Clock clock) throws Exception {
        Report report = new Report(command, clock, quick, plan);
        progress("CPython 3.13");
        Map<Workload, RunResult> cpython = new LinkedHashMap<>();
        for (Workload w : workloads) {
            cpython.put(w, cpython(w));
        }
        progress("minipy warm");
        Map<Workload, RunResult> minipyWarm = warm("minipy", workloads);
        progress("GraalPy warm");
        Map<Workload, RunResult> graalpy = warm("python", workloads);
        progress("minipy cold");
        Map<Workload, RunResult> minipyCold = new LinkedHashMap<>();
        for (Workload w : workloads) {
            minipyCold.put(w, cold(w));
        }
        Map<Long, Double> ceilings = new LinkedHashMap<>();
        for (Workload w : workloads) {
            if (w.copyBytes() > 0 && !ceilings.containsKey(w.copyBytes())) {
                progress("System.arraycopy of " + Workloads.bytes(w.copyBytes()) + " (JMH)");
                ceilings.put(w.copyBytes(), CopyCeiling.millisPerCopy(w.copyBytes(), quick));
            }
        }
        for (Workload w : workloads) {
            report.add(w, cpython.get(w), minipyWarm.get(w), minipyCold.get(w), graalpy.get(w), ceilings.get(w.copyBytes()));
        }
        progress("startup");
        report.startup(processes.timed(List.of("./minipy", "-c", "pass"), 120), processes.timed(List.of(CPYTHON, "-c", "pass"), 60));
        return report;
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UnlockExperimentalVMOptions", "-XX:+EnableJVMCI", "--upgrade-module-path=" + jvmciPath(),
                        "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                        "-Xss16m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                        WarmRunner.class.getName(), language));
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

    private RunResult cold(Workload w) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./minipy"));
        command.addAll(w.commandArguments());
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < (quick ? 1 : 3); i++) {
            RunResult r = processes.timed(command, plan.timeoutSeconds() * 2);
            if (!r.ok()) {
                return r;
            }
            runs.add(r);
        }
        List<double[]> times = runs.stream().map(r -> new double[]{r.wallMillis()[0], r.cpuMillis()[0]}).toList();
        return RunResult.measured(runs.get(0).checksum(), times);
    }

    private static final long START = System.nanoTime();

    private static void progress(String what) {
        System.err.printf("bench: %3d s: %s...%n", (System.nanoTime() - START) / 1_000_000_000L, what);
    }
}
