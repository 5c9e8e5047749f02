package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;

/** {@code filter(function, iterable)}: the items for which the function (or, if None, the item) is true (filter_next). */
public final class PFilter extends PythonIterator {
    /** The predicate, or None to test the items themselves. */
    private final Object function;
    private final Object iterator;

    public PFilter(Object function, Object iterator) {
        this.function = function;
        this.iterator = iterator;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        while (true) {
            Object item = PyIterNextNode.getUncached().execute(iterator);
            if (item == null) {
                return null;
            }
            Object verdict = function == PNone.NONE ? item : PyObjectCallNode.getUncached().execute(function, PArguments.ofPositional(item));
            if (PyObjectIsTrueNode.getUncached().execute(verdict)) {
                return item;
            }
        }
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.filter;
    }
}
