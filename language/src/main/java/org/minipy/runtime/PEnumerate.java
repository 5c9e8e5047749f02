package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.operators.IntMath;

/** {@code enumerate(iterable, start)}: (count, item) pairs (Objects/enumobject.c, enum_next). */
public final class PEnumerate extends PythonIterator {
    private final Object iterator;
    /** A Long, or a PInt once the count has left the long range (enum_next_long). */
    private Object count;

    public PEnumerate(Object iterator, Object start) {
        this.iterator = iterator;
        this.count = start;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        Object item = PyIterNextNode.getUncached().execute(iterator);
        if (item == null) {
            return null;
        }
        Object index = count;
        count = count instanceof Long l && l != Long.MAX_VALUE ? (Object) (l + 1) : IntMath.add(count, 1L);
        return new PTuple(new Object[]{index, item});
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.enumerate;
    }
}
