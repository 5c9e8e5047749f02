package org.minipy.bench;

import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link ArraycopyBenchmark} through JMH (in a forked JVM) and gives its time per copy. */
final class CopyCeiling {
    private CopyCeiling() {
    }

    /** Milliseconds per System.arraycopy of {@code bytes} bytes. */
    static double millisPerCopy(long bytes, boolean quick) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(ArraycopyBenchmark.class.getName())
                .param("size", Long.toString(bytes))
                .forks(1)
                .warmupIterations(quick ? 1 : 5)
                .warmupTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .measurementIterations(quick ? 3 : 10)
                .measurementTime(TimeValue.milliseconds(quick ? 300 : 1000))
                .jvmArgsAppend("-Xmx2g")
                .verbosity(VerboseMode.SILENT)
                .build();
        return new Runner(options).runSingle().getPrimaryResult().getScore();
    }
}
