package org.minipy.runtime;

import org.minipy.nodes.PRaiseNode;

/**
 * Iterates a dict's keys, values or items by entry position, as CPython's dictiter_iternextkey does,
 * and fails as it does if the dict changes size meanwhile. A step allocates nothing but the item
 * tuple, and compiled code sees through it (PyIterNextNode).
 */
public final class PDictIterator extends PythonIterator {
    public enum Kind { KEYS, VALUES, ITEMS }

    private final PDict dict;
    private final Kind kind;
    private final int size;
    /** The next entry position to look at; -1 once exhausted. */
    private int position;

    public PDictIterator(PDict dict, Kind kind) {
        this.dict = dict;
        this.kind = kind;
        this.size = dict.size();
    }

    @Override
    public Object next() {
        if (position < 0) {
            return null;
        }
        if (dict.size() != size) {
            position = -1;
            throw PRaiseNode.raise(null, PythonBuiltinClassType.RuntimeError, "dictionary changed size during iteration");
        }
        int p = dict.nextPosition(position);
        if (p < 0) {
            position = -1;
            return null;
        }
        position = p + 1;
        return switch (kind) {
            case KEYS -> dict.keyAt(p);
            case VALUES -> dict.valueAt(p);
            case ITEMS -> new PTuple(new Object[]{dict.keyAt(p), dict.valueAt(p)});
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
