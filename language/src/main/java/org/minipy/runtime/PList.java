package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.nodes.interop.InteropToPythonNode;

/**
 * A list: an Object[] with spare capacity, grown geometrically as CPython's list_resize does. Other
 * languages see its items as array elements they can read, replace, append (at index {@code size}) and remove.
 */
@ExportLibrary(InteropLibrary.class)
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

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return size;
    }

    @ExportMessage(name = "isArrayElementReadable")
    @ExportMessage(name = "isArrayElementModifiable")
    @ExportMessage(name = "isArrayElementRemovable")
    boolean isArrayElementPresent(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    boolean isArrayElementInsertable(long index) {
        return index == size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementPresent(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return items[(int) index];
    }

    @ExportMessage
    void writeArrayElement(long index, Object value, @Cached InteropToPythonNode toPython) throws InvalidArrayIndexException {
        if (index == size) {
            append(toPython.execute(value));
        } else if (isArrayElementPresent(index)) {
            items[(int) index] = toPython.execute(value);
        } else {
            throw InvalidArrayIndexException.create(index);
        }
    }

    @ExportMessage
    void removeArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementPresent(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        remove((int) index);
    }
}
