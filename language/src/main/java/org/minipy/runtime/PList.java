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
 * A list, grown geometrically as CPython's list_resize does. Its items live in one of three storages,
 * after GraalPy's sequence storage strategies: a {@code long[]} while every item is an int that fits in
 * 64 bits, a {@code double[]} while every item is a float, else an {@code Object[]}. A list starts in the
 * storage of its first item and moves to {@code Object[]} for good at the first item that does not fit,
 * so lists of numbers hold no boxes: the garbage collector never copies millions of them. Nodes on hot
 * paths specialize on the storage (nodes/list); the methods here serve every other caller. Other
 * languages see the items as array elements they can read, replace, append (at index {@code size}) and remove.
 */
@ExportLibrary(InteropLibrary.class)
public final class PList extends PythonObject {
    /** A {@code long[]}, {@code double[]} or {@code Object[]}, with spare capacity after {@code size}. */
    private Object storage;
    private int size;

    /** The storage of an empty list until its first item picks one; never written, as its capacity is 0. */
    private static final Object[] EMPTY = new Object[0];

    public PList() {
        this.storage = EMPTY;
    }

    /** Takes ownership of the array; the list holds it as it is (see {@link #of} to pick a storage). */
    public PList(Object[] items) {
        this.storage = items;
        this.size = items.length;
    }

    private PList(Object storage, int size) {
        this.storage = storage;
        this.size = size;
    }

    public static PList ofLongs(long[] items, int size) {
        return new PList(items, size);
    }

    public static PList ofDoubles(double[] items, int size) {
        return new PList(items, size);
    }

    /** A list of these items in the narrowest storage that holds them all. */
    @TruffleBoundary
    public static PList of(Object[] items) {
        return new PList(narrowest(items, items.length), items.length);
    }

    /** The storage: a {@code long[]}, {@code double[]} or {@code Object[]} of which the first {@link #size()} items are the list's. */
    public Object getStorage() {
        return storage;
    }

    public boolean isLongStorage() {
        return storage instanceof long[];
    }

    public boolean isDoubleStorage() {
        return storage instanceof double[];
    }

    public boolean isObjectStorage() {
        return storage instanceof Object[];
    }

    /**
     * The items as the list's own {@code Object[]} (writes go to the list), moving the list to the
     * {@code Object[]} storage first: for code that works on boxes anyway. {@link #get} or {@link #toArray}
     * leave the storage alone.
     */
    public Object[] getItems() {
        if (!(storage instanceof Object[])) {
            generalize();
        }
        return (Object[]) storage;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        Object s = storage;
        if (s instanceof long[] longs) {
            return longs[i];
        } else if (s instanceof double[] doubles) {
            return doubles[i];
        }
        return ((Object[]) s)[i];
    }

    public void set(int i, Object v) {
        Object s = storage;
        if (s instanceof long[] longs && v instanceof Long l) {
            longs[i] = l;
        } else if (s instanceof double[] doubles && v instanceof Double d) {
            doubles[i] = d;
        } else {
            getItems()[i] = v;
        }
    }

    public void append(Object v) {
        Object s = storage;
        if (s instanceof long[] && v instanceof Long l) {
            appendLong(l);
        } else if (s instanceof double[] && v instanceof Double d) {
            appendDouble(d);
        } else if (s instanceof Object[] && size != 0) {
            appendObject(v);
        } else {
            appendChangingStorage(v);
        }
    }

    /** The first item picks the storage; an item that does not fit moves the list to {@code Object[]}. */
    @TruffleBoundary
    private void appendChangingStorage(Object v) {
        if (size != 0) {
            generalize();
        } else if (storageKind(v) != storage.getClass()) {
            storage = storageFor(v, capacity());
        }
        if (storage instanceof Object[]) {
            appendObject(v);
        } else {
            append(v);
        }
    }

    /** Appends to a list in {@code long[]} storage. */
    public void appendLong(long v) {
        if (size == ((long[]) storage).length) {
            grow(size + 1);
        }
        ((long[]) storage)[size++] = v;
    }

    /** Appends to a list in {@code double[]} storage. */
    public void appendDouble(double v) {
        if (size == ((double[]) storage).length) {
            grow(size + 1);
        }
        ((double[]) storage)[size++] = v;
    }

    /** Appends to a list in {@code Object[]} storage. */
    public void appendObject(Object v) {
        if (size == ((Object[]) storage).length) {
            grow(size + 1);
        }
        ((Object[]) storage)[size++] = v;
    }

    private static Class<?> storageKind(Object v) {
        return v instanceof Long ? long[].class : v instanceof Double ? double[].class : Object[].class;
    }

    private int capacity() {
        Object s = storage;
        if (s instanceof long[] longs) {
            return longs.length;
        } else if (s instanceof double[] doubles) {
            return doubles.length;
        }
        return ((Object[]) s).length;
    }

    private static Object storageFor(Object first, int capacity) {
        int cap = Math.max(capacity, 4);
        if (first instanceof Long) {
            return new long[cap];
        } else if (first instanceof Double) {
            return new double[cap];
        }
        return new Object[cap];
    }

    /** Moves the items to an {@code Object[]} of the same capacity, for good. */
    @TruffleBoundary
    public void generalize() {
        Object s = storage;
        if (s instanceof Object[]) {
            return;
        }
        Object[] items = new Object[capacity()];
        for (int i = 0; i < size; i++) {
            items[i] = get(i);
        }
        storage = items;
    }

    @TruffleBoundary
    private void grow(int min) {
        int length = capacity();
        int cap = Math.max(min, length + (length >> 1) + 4);
        Object s = storage;
        if (s instanceof long[] longs) {
            storage = Arrays.copyOf(longs, cap);
        } else if (s instanceof double[] doubles) {
            storage = Arrays.copyOf(doubles, cap);
        } else {
            storage = Arrays.copyOf((Object[]) s, cap);
        }
    }

    public void ensureCapacity(int min) {
        if (min > capacity()) {
            grow(min);
        }
    }

    /** Replaces the whole contents (takes ownership of the array). */
    public void setContents(Object[] newItems, int newSize) {
        storage = newItems;
        size = newSize;
    }

    /** Replaces the whole contents with another list's storage (taking ownership of it: the other list must be dropped). */
    public void setContents(PList other) {
        storage = other.storage;
        size = other.size;
    }

    /** Empties the list; its next item picks the storage again. */
    public void clear() {
        storage = EMPTY;
        size = 0;
    }

    @TruffleBoundary
    public void insert(int index, Object v) {
        if (size == 0) {
            append(v);
            return;
        }
        if (!fits(v)) {
            generalize();
        }
        ensureCapacity(size + 1);
        System.arraycopy(storage, index, storage, index + 1, size - index);
        size++;
        set(index, v);
    }

    private boolean fits(Object v) {
        Object s = storage;
        return s instanceof Object[] || s instanceof long[] && v instanceof Long || s instanceof double[] && v instanceof Double;
    }

    @TruffleBoundary
    public Object remove(int index) {
        Object v = get(index);
        System.arraycopy(storage, index + 1, storage, index, size - index - 1);
        size--;
        if (storage instanceof Object[] items) {
            items[size] = null;
        }
        return v;
    }

    /** Reverses the items in place (list_reverse). */
    @TruffleBoundary
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = get(i);
            set(i, get(j));
            set(j, t);
        }
    }

    /**
     * Sorts a list in {@code long[]} storage as primitives: equal ints can't be told apart, so the
     * stability of list.sort does not matter. False, and nothing done, in another storage.
     */
    @TruffleBoundary
    public boolean sortLongs(boolean reverse) {
        if (!(storage instanceof long[] longs)) {
            return false;
        }
        Arrays.sort(longs, 0, size);
        if (reverse) {
            for (int i = 0, j = size - 1; i < j; i++, j--) {
                long t = longs[i];
                longs[i] = longs[j];
                longs[j] = t;
            }
        }
        return true;
    }

    /**
     * The items to read as an {@code Object[]}, at least {@link #size()} long: the list's own array in
     * {@code Object[]} storage (not to be written), else a fresh copy in boxes.
     */
    public Object[] readItems() {
        Object s = storage;
        return s instanceof Object[] items ? items : toArray();
    }

    /** A fresh {@code Object[]} of the items. */
    @TruffleBoundary
    public Object[] toArray() {
        Object s = storage;
        if (s instanceof Object[] items) {
            return Arrays.copyOf(items, size);
        }
        Object[] result = new Object[size];
        for (int i = 0; i < size; i++) {
            result[i] = get(i);
        }
        return result;
    }

    /** A new list of items [start, start + length * step) by step, in this list's storage. */
    @TruffleBoundary
    public PList slice(int start, int length, int step) {
        Object s = storage;
        Object result;
        if (s instanceof long[] longs) {
            long[] r = new long[length];
            for (int i = 0, j = start; i < length; i++, j += step) {
                r[i] = longs[j];
            }
            result = r;
        } else if (s instanceof double[] doubles) {
            double[] r = new double[length];
            for (int i = 0, j = start; i < length; i++, j += step) {
                r[i] = doubles[j];
            }
            result = r;
        } else {
            Object[] items = (Object[]) s;
            Object[] r = new Object[length];
            for (int i = 0, j = start; i < length; i++, j += step) {
                r[i] = items[j];
            }
            result = r;
        }
        return new PList(result, length);
    }

    /** {@code a + b}: the result in the storage both share, else in {@code Object[]}. */
    @TruffleBoundary
    public static PList concat(PList a, PList b) {
        int n = a.size + b.size;
        if (a.storage instanceof long[] x && b.storage instanceof long[] y) {
            long[] r = Arrays.copyOf(x, n);
            System.arraycopy(y, 0, r, a.size, b.size);
            return new PList(r, n);
        } else if (a.storage instanceof double[] x && b.storage instanceof double[] y) {
            double[] r = Arrays.copyOf(x, n);
            System.arraycopy(y, 0, r, a.size, b.size);
            return new PList(r, n);
        }
        Object[] r = new Object[n];
        for (int i = 0; i < a.size; i++) {
            r[i] = a.get(i);
        }
        for (int i = 0; i < b.size; i++) {
            r[a.size + i] = b.get(i);
        }
        return of(r);
    }

    /** The narrowest storage for items[0, n): long[] if all are ints of 64 bits, double[] if all floats, else the array itself. */
    private static Object narrowest(Object[] items, int n) {
        if (n == 0) {
            return items;
        }
        if (items[0] instanceof Long) {
            long[] longs = new long[n];
            for (int i = 0; i < n; i++) {
                if (!(items[i] instanceof Long l)) {
                    return items;
                }
                longs[i] = l;
            }
            return longs;
        } else if (items[0] instanceof Double) {
            double[] doubles = new double[n];
            for (int i = 0; i < n; i++) {
                if (!(items[i] instanceof Double d)) {
                    return items;
                }
                doubles[i] = d;
            }
            return doubles;
        }
        return items;
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
        return get((int) index);
    }

    @ExportMessage
    void writeArrayElement(long index, Object value, @Cached InteropToPythonNode toPython) throws InvalidArrayIndexException {
        if (index == size) {
            append(toPython.execute(value));
        } else if (isArrayElementPresent(index)) {
            set((int) index, toPython.execute(value));
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
