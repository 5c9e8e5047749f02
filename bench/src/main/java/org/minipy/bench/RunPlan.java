package org.minipy.bench;

/**
 * How long to measure one workload warm: {@code warmups} warm-up iterations, more (up to
 * {@code maxWarmups}) while the iterations still get faster, fewer once they took
 * {@code warmupSeconds} of CPU time; then at most {@code runs} timed ones, fewer once they took
 * {@code timedSeconds} of CPU time. A workload still running after {@code timeoutSeconds} of
 * wall-clock time is cancelled.
 */
record RunPlan(int warmups, int maxWarmups, int warmupSeconds, int runs, int timedSeconds, int timeoutSeconds) {
    static final RunPlan QUICK = new RunPlan(3, 8, 5, 3, 2, 180);
    static final RunPlan FULL = new RunPlan(8, 30, 60, 10, 30, 900);

    String[] toArguments() {
        return new String[]{"" + warmups, "" + maxWarmups, "" + warmupSeconds, "" + runs, "" + timedSeconds, "" + timeoutSeconds};
    }

    static RunPlan fromArguments(String[] args) {
        int[] v = java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        return new RunPlan(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
