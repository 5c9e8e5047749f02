package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;

/**
 * Iterates a dict's keys, values or items over a snapshot taken when iteration starts, and fails as
 * CPython's dictiter_iternextkey does if the dict changes size meanwhile.
 */
public final class PDictIterator extends PythonIterator {
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PDict dict;
    private final Kind kind;
    private final Object[][] entries;
    private int index;

    @TruffleBoundary
    public PDictIterator(PDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.entries = dict.entries();
    }

    @Override
    @TruffleBoundary
    public Object next() {
        if (index < 0) {
            return null;
        }
        if (dict.size() != entries.length) {
            index = -1;
            throw PRaiseNode.raise(null, PythonBuiltinClassType.RuntimeError, "dictionary changed size during iteration");
        }
        if (index >= entries.length) {
            index = -1;
            return null;
        }
        Object[] e = entries[index++];
        return switch (kind) {
            case KEYS -> e[0];
            case VALUES -> e[1];
            case ITEMS -> new PTuple(new Object[]{e[0], e[1]});
        };
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return switch (kind) {
            case KEYS -> PythonBuiltinClassType.dict_keyiterator;
            case VALUES -> PythonBuiltinClassType.dict_valueiterator;
            case ITEMS -> PythonBuiltinClassType.dict_itemiterator;
        };
    }
}
