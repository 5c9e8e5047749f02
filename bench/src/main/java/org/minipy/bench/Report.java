package org.minipy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The table of one benchmark run, as Markdown: what BENCHMARKS.md holds and bench/run prints. */
final class Report {
    private final String command;
    private final Clock clock;
    private final RunPlan plan;
    private final boolean quick;
    private final String loadAtStart = loadAverage();
    private final List<String> rows = new ArrayList<>();
    private final List<String> wholeRows = new ArrayList<>();
    private final List<String> roundRows = new ArrayList<>();
    private final List<String> startupRows = new ArrayList<>();
    /** Why cells are n/a: per workload and reason, the systems it applies to. */
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    /** The last slicing row, to tell whether the time grew with the size. */
    private Workload previousSlice;
    private double previousSliceMillis;

    Report(String command, Clock clock, boolean quick, RunPlan plan) {
        this.command = command;
        this.clock = clock;
        this.quick = quick;
        this.plan = plan;
    }

    void add(Workload w, RunResult cpython, RunResult warm, RunResult graalpy, Double ceilingMillis) {
        String expected = cpython.ok() ? cpython.checksum() : null;
        double tCpython = time(w, "CPython", cpython, null);
        double tWarm = time(w, "minipy warm", warm, expected);
        double tGraal = time(w, "GraalPy", graalpy, expected);
        rows.add(String.join(" | ", "| " + w.name(), w.size(), millis(tWarm), millis(tCpython), millis(tGraal),
                        ratio(tCpython, tWarm), ratio(tGraal, tWarm), target(w, tWarm, tCpython, tGraal, ceilingMillis)) + " |");
    }

    /**
     * A row of the whole-process table, and for a workload that times its rounds one row per system
     * in the rounds table; {@code warm} (null with --whole-only) is minipy's warm time of one round.
     */
    void whole(Workload w, WholeProcess minipy, WholeProcess cpython, WholeProcess graalpy, RunResult warm) {
        String expected = cpython.times().ok() ? cpython.times().checksum() : null;
        double[] tMinipy = {time(w, "minipy", minipy.times(), expected, Clock.WALL), time(w, "minipy", minipy.times(), expected, Clock.CPU)};
        double[] tCpython = {time(w, "CPython", cpython.times(), null, Clock.WALL), time(w, "CPython", cpython.times(), null, Clock.CPU)};
        double[] tGraal = {time(w, "GraalPy", graalpy.times(), expected, Clock.WALL), time(w, "GraalPy", graalpy.times(), expected, Clock.CPU)};
        double share = tMinipy[0] / tCpython[0];
        String target = w.kind() == Workload.Kind.BUFFER_LOOP
                        ? met("≤ 1x CPython (aim 0.5x)", 1 / share, 1)
                        : met("≤ 1x CPython", 1 / share, 1);
        wholeRows.add(String.join(" | ", "| " + w.name(), w.size(), millis(tMinipy[0]), millis(tMinipy[1]), millis(tCpython[0]), millis(tCpython[1]),
                        millis(tGraal[0]), millis(tGraal[1]), Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.2fx", share), target) + " |");
        if (minipy.rounds().length > 0 || cpython.rounds().length > 0) {
            double warmMillis = warm != null && warm.ok() ? warm.median(Clock.WALL) : Double.NaN;
            roundRows.add(rounds(w, "minipy", minipy, warmMillis));
            roundRows.add(rounds(w, "CPython", cpython, Double.NaN));
            roundRows.add(rounds(w, "GraalPy", graalpy, Double.NaN));
        }
    }

    /** One system's rounds; for minipy the target: from the third round on within 2x of its warm time. */
    private static String rounds(Workload w, String system, WholeProcess p, double warmMillis) {
        StringBuilder row = new StringBuilder("| " + w.name() + " | " + system);
        double worst = 0;
        for (int i = 0; i < 10; i++) {
            double t = i < p.rounds().length ? p.rounds()[i] : Double.NaN;
            row.append(" | ").append(millis(t));
            if (i >= 2) {
                worst = Math.max(worst, t);
            }
        }
        String target = "";
        if (system.equals("minipy")) {
            target = "rounds 3-10 ≤ 2x warm (" + millis(warmMillis) + ")" + (Double.isNaN(warmMillis) || Double.isNaN(worst) ? " — n/a"
                            : worst <= 2 * warmMillis ? " — met" : " — **missed**");
        }
        return row.append(" | ").append(target).append(" |").toString();
    }

    /** A row of the start-up table: one command on minipy and on CPython, wall, CPU and peak memory. */
    void startup(String arguments, WholeProcess minipy, WholeProcess cpython) {
        double wall = minipy.times().ok() ? minipy.times().median(Clock.WALL) : Double.NaN;
        startupRows.add(String.join(" | ", "| `" + arguments + "`", startupCell(minipy), startupCell(cpython),
                        met("under 500 ms wall", 500 / wall, 1)) + " |");
    }

    private static String startupCell(WholeProcess p) {
        RunResult t = p.times();
        if (!t.ok()) {
            return "n/a (" + t.error() + ")";
        }
        return millis(t.median(Clock.WALL)) + " wall, " + millis(t.median(Clock.CPU)) + " CPU, " + Math.round(p.peakKiB() / 1024.0) + " MiB";
    }

    private double time(Workload w, String system, RunResult r, String expected) {
        return time(w, system, r, expected, clock);
    }

    /** The median time, or NaN (shown as n/a, with a note saying why) if the system failed or printed another checksum. */
    private double time(Workload w, String system, RunResult r, String expected, Clock clock) {
        if (!r.ok()) {
            note(w, system, r.error());
            return Double.NaN;
        }
        if (expected != null && !expected.equals(r.checksum())) {
            note(w, system, "printed " + r.checksum().strip() + ", CPython " + expected.strip());
            return Double.NaN;
        }
        return r.median(clock);
    }

    private void note(Workload w, String system, String why) {
        notes.computeIfAbsent(w.name() + " (" + w.size() + ")\0" + why, k -> new ArrayList<>()).add(system);
    }

    private String target(Workload w, double warm, double cpython, double graalpy, Double ceilingMillis) {
        return switch (w.kind()) {
            case BUFFER_LOOP -> met("≥ 1x GraalPy (aim 1.5x)", graalpy / warm, 1);
            case PURE_PYTHON -> met("> 1x CPython", cpython / warm, Math.nextUp(1.0));
            case COPY -> {
                double share = ceilingMillis / warm;
                yield met("≥ 50% of arraycopy (" + millis(ceilingMillis) + "): " + (Double.isNaN(share) ? "n/a" : Math.round(share * 100) + "%"),
                                share, 0.5);
            }
            case SLICE -> {
                String text = "(sizes compared in the next row)";
                if (previousSlice != null && previousSlice.name().equals(w.name())) {
                    double growth = warm / previousSliceMillis;
                    boolean linear = w.name().contains("shrink");
                    text = met((linear ? "linear" : "flat in size") + ": " + String.format(Locale.ROOT, "%.2f", growth) + "x the time of "
                                    + previousSlice.size(),
                                    // a 10x longer buffer may take 10x as long (linear), a 1000x longer one as long (flat), within noise
                                    1 / growth, linear ? 1 / 15.0 : 1 / 1.5);
                }
                previousSlice = w;
                previousSliceMillis = warm;
                yield text;
            }
        };
    }

    /** The target, and whether {@code value} reached {@code threshold}. */
    private static String met(String target, double value, double threshold) {
        return target + (Double.isNaN(value) ? " — n/a" : value >= threshold ? " — met" : " — **missed**");
    }

    String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmarks\n\n");
        sb.append("Generated by `").append(command).append("` on ")
                .append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append("; rerun the command to regenerate this file, never edit it by hand.\n\n");
        sb.append("- Machine: ").append(machine()).append("; load average ").append(loadAtStart).append(" at the start, ")
                .append(loadAverage()).append(" at the end").append(".\n");
        sb.append("- minipy: commit ").append(commit()).append(", on ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append(" with the Graal JIT 25.0.3: warm on the upgrade module path, ")
                .append("as a whole process the way `./minipy` runs it (a run-time image with the compiler as a module, and an AOT cache).\n");
        sb.append("- CPython 3.13.0 (`").append(BenchMain.CPYTHON.replace(System.getProperty("user.home"), "~"))
                .append("`); GraalPy 25.0.3 (`org.graalvm.polyglot:python-community`, embedded, with the JVM options of minipy's warm runs).\n");
        sb.append("- Load: the machine is shared; a load average well above its core count means other work ran beside the benchmarks, "
                        + "which lengthens wall-clock times more than CPU times.\n");
        sb.append("- Sizes").append(quick ? " are scaled down (`--quick`)" : " are issue 7's").append("; every system's checksum is checked against CPython's.\n\n");
        if (!rows.isEmpty()) {
            sb.append("## Warm\n\n");
            sb.append("The median of the timed iterations, ").append(clock == Clock.CPU ? "CPU time (of the thread running the workload, which also runs the JIT compilations, synchronous here, plus garbage collections)" : "wall-clock time")
                    .append(", in milliseconds. minipy and GraalPy: one JVM per system, a fresh context per workload that runs the file once, then `print(bench())` for up to ")
                    .append(plan.warmups()).append(" warm-up iterations (up to ").append(plan.maxWarmups())
                    .append(" while they still get faster, ").append(plan.warmupSeconds()).append(" s of CPU time at most) and up to ").append(plan.runs()).append(" timed ones (").append(plan.timedSeconds())
                    .append(" s of CPU time at most). CPython: the same in one process (`bench/cpython_driver.py`). ")
                    .append("vs CPython, vs GraalPy: how many times faster minipy is (their time divided by minipy's; above 1 minipy is faster).\n\n");
            sb.append("| workload | size | minipy | CPython | GraalPy | vs CPython | vs GraalPy | target |\n");
            sb.append("|---|---|--:|--:|--:|--:|--:|---|\n");
            rows.forEach(row -> sb.append(row).append('\n'));
            sb.append('\n');
        }
        sb.append("## Whole process\n\n");
        sb.append("Each workload as one process, the way a user runs it: `./minipy FILE ARGS`, `python3 FILE ARGS`, and GraalPy embedded in a JVM of its own ")
                .append("(`bench/src/.../GraalPyProcess.java`, the JVM options of the warm runs), setup and one `bench()` included; ")
                .append(quick ? "one run each" : "the median of three runs each for minipy and CPython, taking turns, one for GraalPy").append(", wall-clock and CPU time (user + system, all threads) in milliseconds, ")
                .append("measured by `bench/timed.py`. minipy / CPython: minipy's wall-clock time divided by CPython's (below 1 minipy is faster).\n\n");
        sb.append("| workload | size | minipy wall | minipy CPU | CPython wall | CPython CPU | GraalPy wall | GraalPy CPU | minipy / CPython | target |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|---|\n");
        wholeRows.forEach(row -> sb.append(row).append('\n'));
        if (!roundRows.isEmpty()) {
            sb.append("\n## Rounds\n\n");
            sb.append("`bench/workloads/11_rounds.py` as one process: the same function called ten times from module level, each round's wall-clock time ")
                    .append("in milliseconds as the script measured it (`time.perf_counter`), the median of the runs above. ")
                    .append("It shows from which round on the JIT has taken over; warm: minipy's warm wall-clock time for one round.\n\n");
            sb.append("| workload | system | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | target |\n");
            sb.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
            roundRows.forEach(row -> sb.append(row).append('\n'));
        }
        sb.append("\n## Start-up\n\n");
        sb.append("A whole process, median wall-clock and CPU milliseconds and the highest peak resident memory of the runs.\n\n");
        sb.append("| command | `./minipy` | `python3` | target |\n");
        sb.append("|---|---|---|---|\n");
        startupRows.forEach(row -> sb.append(row).append('\n'));
        if (!notes.isEmpty()) {
            sb.append("\nn/a:\n");
            notes.forEach((note, systems) -> {
                String[] rowAndWhy = note.split("\0", 2);
                sb.append("- ").append(rowAndWhy[0]).append(" on ").append(String.join(" and ", systems)).append(": ").append(rowAndWhy[1]).append('\n');
            });
        }
        return sb.toString();
    }

    private static String millis(double ms) {
        if (Double.isNaN(ms)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, ms < 10 ? "%.2f" : ms < 100 ? "%.1f" : "%.0f", ms);
    }

    private static String ratio(double other, double minipy) {
        double r = other / minipy;
        return Double.isNaN(r) ? "n/a" : String.format(Locale.ROOT, r < 10 ? "%.2fx" : "%.1fx", r);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        long memoryKiB = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKiB = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // not Linux: the CPU and memory stay unnamed
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + Math.round(memoryKiB / 1048576.0) + " GiB, "
                        + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).strip();
            return git.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
