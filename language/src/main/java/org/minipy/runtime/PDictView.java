package org.minipy.runtime;

/**
 * What dict.keys(), dict.values() and dict.items() return: a live view of the dict, so later changes
 * show through it. {@code kind} is dict_keys, dict_values or dict_items.
 */
public final class PDictView extends PythonObject {
    private final PDict dict;
    private final PythonBuiltinClassType kind;

    public PDictView(PDict dict, PythonBuiltinClassType kind) {
        this.dict = dict;
        this.kind = kind;
    }

    public PDict getDict() {
        return dict;
    }

    /** The view's items now: keys, values, or (key, value) tuples. */
    public Object[] snapshot() {
        return switch (kind) {
            case dict_keys -> dict.keys();
            case dict_values -> dict.values();
            default -> pairs();
        };
    }

    private Object[] pairs() {
        Object[][] entries = dict.entries();
        Object[] pairs = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            pairs[i] = new PTuple(new Object[]{entries[i][0], entries[i][1]});
        }
        return pairs;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return kind;
    }
}
