package org.minipy.runtime;

/** An immutable tuple. */
public final class PTuple extends PythonObject {
    public static final PTuple EMPTY = new PTuple(new Object[0]);

    private final Object[] items;

    public PTuple(Object[] items) {
        this.items = items;
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.tuple;
    }
}
