package org.minipy.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the processes a benchmark run needs, each with a time limit, from the repository root. */
final class Processes {
    private final Path root;

    Processes(Path root) {
        this.root = root;
    }

    /** What a finished process printed on stdout, or null if it ran out of time. */
    String output(List<String> command, String stdin, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("minipy-bench", ".out");
        try {
            Process process = new ProcessBuilder(command).directory(root.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                return null;
            }
            return Files.readString(out);
        } finally {
            Files.delete(out);
        }
    }

    /**
     * Runs a whole command the way a user does, through bench/timed.py: wall-clock and user+system CPU
     * time of the process and its children, and its peak resident memory.
     */
    ProcessRun timed(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("minipy-bench", ".out");
        Path err = Files.createTempFile("minipy-bench", ".err");
        Path times = Files.createTempFile("minipy-bench", ".time");
        try {
            List<String> timed = new ArrayList<>(List.of(BenchMain.CPYTHON, "bench/timed.py", out.toString(), err.toString(), times.toString()));
            timed.addAll(command);
            Process process = new ProcessBuilder(timed).directory(root.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
                return ProcessRun.failed("timeout after " + timeoutSeconds + " s");
            }
            String printed = Files.readString(out);
            String errors = Files.readString(err);
            if (process.exitValue() != 0) {
                String[] lines = (errors.isBlank() ? printed : errors).strip().split("\n");
                return ProcessRun.failed(lines[lines.length - 1]);
            }
            String[] t = Files.readString(times).strip().split(" ");
            double wall = Double.parseDouble(t[0]) * 1000;
            double cpu = (Double.parseDouble(t[1]) + Double.parseDouble(t[2])) * 1000;
            return new ProcessRun(printed, errors, wall, cpu, Long.parseLong(t[3]), null);
        } finally {
            Files.delete(out);
            Files.delete(err);
            Files.delete(times);
        }
    }
}
