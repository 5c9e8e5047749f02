package org.minipy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workload run several times as a whole process on one system: the times of the runs (a
 * {@link RunResult} whose checksum is stdout), the highest peak memory, and for a workload that
 * times its own rounds (lines {@code round N: X ms} on stderr, bench/workloads/11_rounds.py) the
 * median of each round over the runs.
 */
record WholeProcess(RunResult times, long peakKiB, double[] rounds) {
    private static final Pattern ROUND = Pattern.compile("^round (\\d+): ([0-9.]+) ms$", Pattern.MULTILINE);

    static WholeProcess of(List<ProcessRun> runs) {
        ProcessRun first = runs.get(0);
        if (!first.ok()) {
            return new WholeProcess(RunResult.failed(first.error()), 0, new double[0]);
        }
        List<double[]> times = new ArrayList<>();
        List<List<Double>> rounds = new ArrayList<>();
        long peak = 0;
        for (ProcessRun run : runs) {
            times.add(new double[]{run.wallMillis(), run.cpuMillis()});
            peak = Math.max(peak, run.peakKiB());
            Matcher m = ROUND.matcher(run.stderr());
            while (m.find()) {
                int round = Integer.parseInt(m.group(1));
                while (rounds.size() < round) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round - 1).add(Double.parseDouble(m.group(2)));
            }
        }
        double[] medians = rounds.stream().mapToDouble(r -> RunResult.median(r.stream().mapToDouble(Double::doubleValue).toArray())).toArray();
        return new WholeProcess(RunResult.measured(first.stdout(), times), peak, medians);
    }

    static WholeProcess failed(String why) {
        return new WholeProcess(RunResult.failed(why), 0, new double[0]);
    }
}
