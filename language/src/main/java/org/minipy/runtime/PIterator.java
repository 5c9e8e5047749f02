package org.minipy.runtime;

/**
 * The iterators of builtin containers: a cursor over list, tuple, str, bytes, bytearray, range or a
 * snapshot array. {@code type} is only what {@code type(it)} reports.
 */
public final class PIterator extends PythonObject {
    private final Object source;
    private final PythonBuiltinClassType type;
    /** A long: a range iterator can step past 2**31 items. */
    private long index;
    private boolean exhausted;

    public PIterator(Object source, PythonBuiltinClassType type) {
        this.source = source;
        this.type = type;
    }

    public Object getSource() {
        return source;
    }

    public long getIndex() {
        return index;
    }

    public void setIndex(long index) {
        this.index = index;
    }

    public boolean isExhausted() {
        return exhausted;
    }

    /** CPython drops the reference to the sequence once an iterator is exhausted; it never restarts. */
    public void setExhausted() {
        this.exhausted = true;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return type;
    }
}
