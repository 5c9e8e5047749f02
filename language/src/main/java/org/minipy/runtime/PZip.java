package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyIterNextNode;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code zip(*iterables, strict=False)}: tuples of the next item of each iterator (Python/bltinmodule.c, zip_next). */
public final class PZip extends PythonIterator {
    private final Object[] iterators;
    private final boolean strict;

    public PZip(Object[] iterators, boolean strict) {
        this.iterators = iterators;
        this.strict = strict;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (iterators.length == 0) {
            return null;
        }
        PyIterNextNode next = PyIterNextNode.getUncached();
        Object[] items = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = next.execute(iterators[i]);
            if (item == null) {
                if (strict) {
                    checkAllExhausted(i);
                }
                return null;
            }
            items[i] = item;
        }
        return new PTuple(items);
    }

    /** Iterator {@code exhausted} ran out first: the others must be exhausted at the same step. */
    private void checkAllExhausted(int exhausted) {
        if (exhausted > 0) {
            throw PRaiseNode.raise(null, ValueError, "zip() argument %d is shorter than argument%s%d",
                            exhausted + 1, exhausted == 1 ? " " : "s 1-", exhausted);
        }
        for (int i = 1; i < iterators.length; i++) {
            if (PyIterNextNode.getUncached().execute(iterators[i]) != null) {
                throw PRaiseNode.raise(null, ValueError, "zip() argument %d is longer than argument%s%d",
                                i + 1, i == 1 ? " " : "s 1-", i);
            }
        }
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.zip;
    }
}
