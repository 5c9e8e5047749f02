package org.minipy.runtime.interop;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An interop iterator over values taken at its creation: what other languages get to walk a dict's entries,
 * so that Python code they call in between cannot make the walk fail.
 */
@ExportLibrary(InteropLibrary.class)
public final class SnapshotIterator implements TruffleObject {
    private final Object[] values;
    private int next;

    public SnapshotIterator(Object[] values) {
        this.values = values;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return next < values.length;
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (next >= values.length) {
            throw StopIterationException.create();
        }
        return values[next++];
    }
}
