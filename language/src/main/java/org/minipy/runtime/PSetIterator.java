package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;

/**
 * setiter_iternext: walks the live table in slot order, and fails for good once the set's size
 * differs from what it was when iteration started.
 */
public final class PSetIterator extends PythonIterator {
    private final PSet set;
    private int expectedSize;
    private int slot;
    private boolean exhausted;

    public PSetIterator(PSet set) {
        this.set = set;
        this.expectedSize = set.size();
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (exhausted) {
            return null;
        }
        if (expectedSize != set.size()) {
            expectedSize = -1;
            throw PRaiseNode.raise(null, PythonBuiltinClassType.RuntimeError, "Set changed size during iteration");
        }
        int size = set.tableSize();
        while (slot < size) {
            Object e = set.elementAt(slot++);
            if (e != null) {
                return e;
            }
        }
        exhausted = true;
        return null;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.set_iterator;
    }
}
