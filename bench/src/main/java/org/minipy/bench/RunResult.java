package org.minipy.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What one system did with one workload: the checksum it printed and the wall-clock and CPU times of
 * the timed iterations in milliseconds, or why it failed. Runners print it as one line
 * ({@link #encode()}); bench/cpython_driver.py prints the same format.
 */
record RunResult(String checksum, double[] wallMillis, double[] cpuMillis, String error) {
    static RunResult measured(String checksum, List<double[]> wallAndCpu) {
        double[] wall = new double[wallAndCpu.size()];
        double[] cpu = new double[wallAndCpu.size()];
        for (int i = 0; i < wall.length; i++) {
            wall[i] = wallAndCpu.get(i)[0];
            cpu[i] = wallAndCpu.get(i)[1];
        }
        return new RunResult(checksum, wall, cpu, null);
    }

    static RunResult failed(String why) {
        return new RunResult(null, null, null, why == null ? "failed" : why.strip());
    }

    boolean ok() {
        return error == null;
    }

    double median(Clock clock) {
        return median(clock == Clock.CPU ? cpuMillis : wallMillis);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** {@code ok <checksum> <wall,...> <cpu,...>} or {@code error <message>}, tab-separated, texts in Base64. */
    String encode() {
        if (!ok()) {
            return "error\t" + base64(error);
        }
        return "ok\t" + base64(checksum) + "\t" + join(wallMillis) + "\t" + join(cpuMillis);
    }

    static RunResult decode(String line) {
        String[] f = line.strip().split("\t");
        if (f[0].equals("error")) {
            return failed(unbase64(f[1]));
        }
        return new RunResult(unbase64(f[1]), split(f[2]), split(f[3]), null);
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unbase64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    private static String join(double[] values) {
        List<String> parts = new ArrayList<>();
        for (double v : values) {
            parts.add(String.valueOf(v));
        }
        return String.join(",", parts);
    }

    private static double[] split(String s) {
        return Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
