package org.minipy.runtime;

/**
 * {@code range(start, stop, step)} whose bounds and length fit in a long: the representation that
 * {@code for i in range(n)} compiles to. Other ranges are {@link PBigRange}s.
 */
public final class PRange extends PythonObject {
    private final long start;
    private final long stop;
    private final long step;
    private final long length;

    public PRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** For {@link PBigRange#create}, which has the length already and bounds whose difference may not fit in a long. */
    PRange(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
    }

    private static long computeLength(long start, long stop, long step) {
        if (step > 0 && start < stop) {
            return (stop - 1 - start) / step + 1;
        } else if (step < 0 && start > stop) {
            return (start - 1 - stop) / -step + 1;
        }
        return 0;
    }

    public long getStart() {
        return start;
    }

    public long getStop() {
        return stop;
    }

    public long getStep() {
        return step;
    }

    public long getLength() {
        return length;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.range;
    }
}
