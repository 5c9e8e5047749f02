package org.minipy.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The ceiling for workload 6 (copies of a whole buffer): System.arraycopy between two byte arrays. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ArraycopyBenchmark {
    @Param("67108864") public int size;

    private byte[] source;
    private byte[] destination;

    @Setup
    public void allocate() {
        source = new byte[size];
        for (int i = 0; i < size; i++) {
            source[i] = (byte) i;
        }
        destination = new byte[size];
    }

    @Benchmark
    public byte[] arraycopy() {
        System.arraycopy(source, 0, destination, 0, size);
        return destination;
    }
}
