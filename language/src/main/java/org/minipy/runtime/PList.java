package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A list: an Object[] with spare capacity, grown geometrically as CPython's list_resize does. */
public final class PList extends PythonObject {
    private Object[] items;
    private int size;

    public PList() {
        this.items = new Object[4];
    }

    /** Takes ownership of the array. */
    public PList(Object[] items) {
        this.items = items;
        this.size = items.length;
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object v) {
        items[i] = v;
    }

    public void append(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    @TruffleBoundary
    private void grow(int min) {
        int cap = Math.max(min, items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, cap);
    }

    public void ensureCapacity(int min) {
        if (min > items.length) {
            grow(min);
        }
    }

    /** Replaces the whole contents (takes ownership of the array). */
    public void setContents(Object[] newItems, int newSize) {
        items = newItems;
        size = newSize;
    }

    @TruffleBoundary
    public void insert(int index, Object v) {
        ensureCapacity(size + 1);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = v;
        size++;
    }

    @TruffleBoundary
    public Object remove(int index) {
        Object v = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return v;
    }

    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.list;
    }
}
