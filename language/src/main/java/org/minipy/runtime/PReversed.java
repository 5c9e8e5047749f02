package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.object.PyObjectGetItemNode;

/**
 * Walks a sequence from its end: the {@code reversed} object of the sequence protocol (reversed_next),
 * and also the reverse iterators of list and range, which differ only in what {@code type()} says.
 */
public final class PReversed extends PythonIterator {
    private final Object sequence;
    private final PythonBuiltinClassType type;
    private long index;

    public PReversed(Object sequence, long length, PythonBuiltinClassType type) {
        this.sequence = sequence;
        this.index = length - 1;
        this.type = type;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (index < 0) {
            return null;
        }
        long i = index--;
        if (sequence instanceof PList list) {
            // listreviter_next: a list that shrank meanwhile ends the iteration
            if (i >= list.size()) {
                index = -1;
                return null;
            }
            return list.get((int) i);
        }
        if (sequence instanceof PRange range) {
            return range.get(i);
        }
        try {
            return PyObjectGetItemNode.getUncached().execute(sequence, i);
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.IndexError) || e.isOfType(PythonBuiltinClassType.StopIteration)) {
                index = -1;
                return null;
            }
            throw e;
        }
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return type;
    }
}
