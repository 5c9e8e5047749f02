package org.minipy.bench;

import java.util.List;
import java.util.stream.Stream;

/**
 * One row of the table: a workload file run with some arguments. {@code kind} says which target of
 * issue 7 applies; {@code copyBytes} is the size a copy is measured against System.arraycopy with.
 */
record Workload(String name, String file, String size, List<String> args, Kind kind, long copyBytes) {
    enum Kind {
        /** a loop over buffer elements: at least as fast as GraalPy, aim 1.5x */
        BUFFER_LOOP,
        /** a copy of a whole buffer: at least 50% of System.arraycopy's bandwidth */
        COPY,
        /** slicing: the time must not depend on the buffer's size */
        SLICE,
        /** pure Python: faster than CPython */
        PURE_PYTHON
    }

    /** The arguments of {@code python3 FILE ARGS}: the file relative to the repository root, then the workload's. */
    List<String> commandArguments() {
        return Stream.concat(Stream.of(file), args.stream()).toList();
    }
}
