package org.minipy.bench;

/**
 * One whole process that bench/run timed: what it printed on stdout (the checksum) and stderr, its
 * wall-clock and CPU milliseconds and its peak resident memory, or why it failed.
 */
record ProcessRun(String stdout, String stderr, double wallMillis, double cpuMillis, long peakKiB, String error) {
    static ProcessRun failed(String why) {
        return new ProcessRun(null, null, 0, 0, 0, why == null ? "failed" : why.strip());
    }

    boolean ok() {
        return error == null;
    }
}
