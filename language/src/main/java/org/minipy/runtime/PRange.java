package org.minipy.runtime;

/** {@code range(start, stop, step)} with bounds that fit in a long. */
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

    /** The number of items, or -1 when that exceeds a long (the distance is taken unsigned, so it cannot wrap). */
    private static long computeLength(long start, long stop, long step) {
        long steps;
        if (step > 0 && start < stop) {
            steps = Long.divideUnsigned(stop - 1 - start, step);
        } else if (step < 0 && start > stop) {
            steps = Long.divideUnsigned(start - 1 - stop, -step);
        } else {
            return 0;
        }
        return steps < 0 || steps == Long.MAX_VALUE ? -1 : steps + 1;
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

    /** -1 for a range of more than Long.MAX_VALUE items. */
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
