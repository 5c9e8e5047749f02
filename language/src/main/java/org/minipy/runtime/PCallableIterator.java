package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.operators.RichCompare;

/** {@code iter(callable, sentinel)}: calls the callable until it returns the sentinel (Objects/iterobject.c, calliter_iternext). */
public final class PCallableIterator extends PythonIterator {
    private Object callable;
    private final Object sentinel;

    public PCallableIterator(Object callable, Object sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (callable == null) {
            return null;
        }
        Object result;
        try {
            result = PyObjectCallNode.getUncached().execute(callable, PArguments.ofPositional());
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.StopIteration)) {
                callable = null;
                return null;
            }
            throw e;
        }
        if (RichCompare.eq(null, result, sentinel)) {
            // once exhausted, it never calls the callable again
            callable = null;
            return null;
        }
        return result;
    }

    /** CPython names this type callable_iterator; minipy has no separate class for it. */
    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.iterator;
    }
}
