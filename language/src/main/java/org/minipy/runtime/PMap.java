package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyIterNextNode;

/** {@code map(function, *iterables)}: the function applied to the next item of each iterator (map_next). */
public final class PMap extends PythonIterator {
    private final Object function;
    private final Object[] iterators;

    public PMap(Object function, Object[] iterators) {
        this.function = function;
        this.iterators = iterators;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        Object[] args = new Object[iterators.length];
        for (int i = 0; i < iterators.length; i++) {
            Object item = PyIterNextNode.getUncached().execute(iterators[i]);
            if (item == null) {
                return null;
            }
            args[i] = item;
        }
        return PyObjectCallNode.getUncached().execute(function, PArguments.ofPositional(args));
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.map;
    }
}
