package org.minipy.runtime;

import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.functions.ObjectHash;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.nodes.interop.InteropToPythonNode;
import org.minipy.nodes.memoryview.MemoryViewHash;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.interop.SnapshotIterator;

/**
 * An insertion-ordered dict, laid out as CPython's compact dict (Objects/dictobject.c): the entries sit
 * in dense arrays in insertion order, and an open-addressed index of slots maps a hash to an entry's
 * position. Each entry holds a Java key with Python's equality and hash ({@code 1 == 1.0 == True} are one
 * key, see {@link #keyFor}) next to the key object the first insertion kept. str and int keys are hashed
 * and probed in compiled code; other keys take a boundary, as their equality may run Python code.
 * Other languages see its items as hash entries, with their keys converted as any value they pass in.
 */
@ExportLibrary(InteropLibrary.class)
public final class PDict extends PythonObject {
    private static final int FREE = -1;
    /** The slot of a deleted entry: probing goes on past it. */
    private static final int DUMMY = -2;
    private static final int MIN_SLOTS = 8;

    /** FREE, DUMMY or an entry's position; a power of two long, at most two thirds in use. */
    private int[] slots = newSlots(MIN_SLOTS);
    /** Per entry: keyFor(key), null once the entry is deleted. */
    private Object[] hashKeys = new Object[usable(MIN_SLOTS)];
    /** Per entry: the key object the first insertion kept. */
    private Object[] keys = new Object[usable(MIN_SLOTS)];
    private Object[] values = new Object[usable(MIN_SLOTS)];
    private int[] hashes = new int[usable(MIN_SLOTS)];
    /** Entries used, deleted ones included. */
    private int count;
    /** Live entries. */
    private int size;

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.dict;
    }

    public int size() {
        return size;
    }

    private static int[] newSlots(int n) {
        int[] s = new int[n];
        Arrays.fill(s, FREE);
        return s;
    }

    private static int usable(int slotCount) {
        return slotCount * 2 / 3;
    }

    // ---- lookup

    /** The slot holding the key's entry, or -1. */
    private int findSlot(Object key) {
        if (key instanceof String s) {
            return findString(s, s.hashCode());
        } else if (key instanceof Long l) {
            return findLong(l, Long.hashCode(l));
        } else if (key instanceof Boolean b) {
            long l = b ? 1 : 0;
            return findLong(l, Long.hashCode(l));
        }
        return findGeneric(keyFor(key));
    }

    private int findString(String key, int hash) {
        int[] s = slots;
        int mask = s.length - 1;
        int i = hash & mask;
        long perturb = hash & 0xffffffffL;
        while (true) {
            int position = s[i];
            if (position == FREE) {
                return -1;
            }
            if (position >= 0 && hashes[position] == hash) {
                Object k = hashKeys[position];
                if (k == key || k instanceof String other && other.equals(key)) {
                    return i;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private int findLong(long key, int hash) {
        int[] s = slots;
        int mask = s.length - 1;
        int i = hash & mask;
        long perturb = hash & 0xffffffffL;
        while (true) {
            int position = s[i];
            if (position == FREE) {
                return -1;
            }
            if (position >= 0 && hashes[position] == hash && hashKeys[position] instanceof Long other && other == key) {
                return i;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Any other key, by Java equality of its keyFor form (a user __eq__ may run). */
    @TruffleBoundary
    private int findGeneric(Object hashKey) {
        int hash = hashKey.hashCode();
        int[] s = slots;
        Object[] entryKeys = hashKeys;
        int[] entryHashes = hashes;
        int mask = s.length - 1;
        int i = hash & mask;
        long perturb = hash & 0xffffffffL;
        while (true) {
            int position = s[i];
            if (position == FREE) {
                return -1;
            }
            if (position >= 0 && entryHashes[position] == hash) {
                Object k = entryKeys[position];
                if (k == hashKey || k != null && k.equals(hashKey)) {
                    // a user __eq__ may have changed the dict: the answer counts only if the table is still this one
                    return s == slots && entryKeys[position] == k ? i : findGeneric(hashKey);
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public Object get(Object key) {
        int slot = findSlot(key);
        return slot < 0 ? null : values[slots[slot]];
    }

    public boolean containsKey(Object key) {
        return findSlot(key) >= 0;
    }

    // ---- insertion

    public void put(Object key, Object value) {
        if (key instanceof String s) {
            int hash = s.hashCode();
            int slot = findString(s, hash);
            if (slot >= 0) {
                values[slots[slot]] = value;
            } else {
                insert(s, key, value, hash);
            }
        } else if (key instanceof Long l) {
            int hash = Long.hashCode(l);
            int slot = findLong(l, hash);
            if (slot >= 0) {
                values[slots[slot]] = value;
            } else {
                insert(l, key, value, hash);
            }
        } else {
            putGeneric(key, value);
        }
    }

    @TruffleBoundary
    private void putGeneric(Object key, Object value) {
        Object hashKey = keyFor(key);
        int slot = findGeneric(hashKey);
        if (slot >= 0) {
            values[slots[slot]] = value;
        } else {
            insert(hashKey, key, value, hashKey.hashCode());
        }
    }

    /** Faster put for str keys (keyword arguments, attribute dicts). */
    public void putString(String key, Object value) {
        put(key, value);
    }

    /** Appends a new entry (insertdict for a missing key). */
    private void insert(Object hashKey, Object key, Object value, int hash) {
        if (count == hashKeys.length) {
            resize();
        }
        int position = count++;
        hashKeys[position] = hashKey;
        keys[position] = key;
        values[position] = value;
        hashes[position] = hash;
        slots[freeSlot(slots, hash)] = position;
        size++;
    }

    /** The first slot on the hash's probe sequence that holds no entry (find_empty_slot). */
    private static int freeSlot(int[] s, int hash) {
        int mask = s.length - 1;
        int i = hash & mask;
        long perturb = hash & 0xffffffffL;
        while (s[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        return i;
    }

    /** Room for more entries: the live ones move to new arrays sized for three times as many (dictresize, GROWTH_RATE). */
    @TruffleBoundary
    private void resize() {
        int slotCount = MIN_SLOTS;
        while (usable(slotCount) <= size * 3 && slotCount < (1 << 30)) {
            slotCount <<= 1;
        }
        rebuild(slotCount);
    }

    private void rebuild(int slotCount) {
        int capacity = usable(slotCount);
        Object[] newHashKeys = new Object[capacity];
        Object[] newKeys = new Object[capacity];
        Object[] newValues = new Object[capacity];
        int[] newHashes = new int[capacity];
        int[] newSlots = newSlots(slotCount);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (hashKeys[i] != null) {
                newHashKeys[n] = hashKeys[i];
                newKeys[n] = keys[i];
                newValues[n] = values[i];
                newHashes[n] = hashes[i];
                newSlots[freeSlot(newSlots, hashes[i])] = n;
                n++;
            }
        }
        slots = newSlots;
        hashKeys = newHashKeys;
        keys = newKeys;
        values = newValues;
        hashes = newHashes;
        count = n;
    }

    // ---- deletion

    /** Removes the key and returns its value, or null if absent. */
    public Object remove(Object key) {
        int slot = findSlot(key);
        if (slot < 0) {
            return null;
        }
        int position = slots[slot];
        Object value = values[position];
        deleteEntry(slot, position);
        return value;
    }

    private void deleteEntry(int slot, int position) {
        slots[slot] = DUMMY;
        hashKeys[position] = null;
        keys[position] = null;
        values[position] = null;
        size--;
    }

    @TruffleBoundary
    public void clear() {
        slots = newSlots(MIN_SLOTS);
        hashKeys = new Object[usable(MIN_SLOTS)];
        keys = new Object[usable(MIN_SLOTS)];
        values = new Object[usable(MIN_SLOTS)];
        hashes = new int[usable(MIN_SLOTS)];
        count = 0;
        size = 0;
    }

    /** Removes and returns the last {key, value} pair, or null when empty (for popitem). */
    @TruffleBoundary
    public Object[] removeLast() {
        for (int position = count - 1; position >= 0; position--) {
            if (hashKeys[position] != null) {
                Object[] pair = {keys[position], values[position]};
                int slot = findGeneric(hashKeys[position]);
                deleteEntry(slot, position);
                return pair;
            }
        }
        return null;
    }

    // ---- iteration by position, in insertion order

    /** The first live entry at or after {@code position}, or -1. */
    public int nextPosition(int position) {
        for (int i = position; i < count; i++) {
            if (hashKeys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    public Object keyAt(int position) {
        return keys[position];
    }

    public Object valueAt(int position) {
        return values[position];
    }

    /** Entries as fresh {key, value} pairs in insertion order. */
    @TruffleBoundary
    public Object[][] entries() {
        Object[][] result = new Object[size][];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (hashKeys[i] != null) {
                result[n++] = new Object[]{keys[i], values[i]};
            }
        }
        return result;
    }

    @TruffleBoundary
    public Object[] keys() {
        return live(keys);
    }

    @TruffleBoundary
    public Object[] values() {
        return live(values);
    }

    private Object[] live(Object[] column) {
        Object[] result = new Object[size];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (hashKeys[i] != null) {
                result[n++] = column[i];
            }
        }
        return result;
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size();
    }

    @ExportMessage(name = "isHashEntryReadable")
    @ExportMessage(name = "isHashEntryModifiable")
    @ExportMessage(name = "isHashEntryRemovable")
    boolean isHashEntryPresent(Object key, @Shared @Cached InteropToPythonNode toPython) {
        Object pythonKey = toPython.execute(key);
        return isHashable(pythonKey) && containsKey(pythonKey);
    }

    @ExportMessage
    boolean isHashEntryInsertable(Object key, @Shared @Cached InteropToPythonNode toPython) {
        Object pythonKey = toPython.execute(key);
        return isHashable(pythonKey) && !containsKey(pythonKey);
    }

    @ExportMessage
    Object readHashValue(Object key, @Shared @Cached InteropToPythonNode toPython) throws UnknownKeyException {
        Object pythonKey = toPython.execute(key);
        Object value = isHashable(pythonKey) ? get(pythonKey) : null;
        if (value == null) {
            throw UnknownKeyException.create(key);
        }
        return value;
    }

    @ExportMessage
    void writeHashEntry(Object key, Object value, @Shared @Cached InteropToPythonNode toPython) throws UnsupportedTypeException {
        Object pythonKey = toPython.execute(key);
        if (!isHashable(pythonKey)) {
            throw UnsupportedTypeException.create(new Object[]{key, value}, "unhashable key");
        }
        put(pythonKey, toPython.execute(value));
    }

    @ExportMessage
    void removeHashEntry(Object key, @Shared @Cached InteropToPythonNode toPython) throws UnknownKeyException {
        Object pythonKey = toPython.execute(key);
        if (!isHashable(pythonKey) || remove(pythonKey) == null) {
            throw UnknownKeyException.create(key);
        }
    }

    /** Each entry is a (key, value) tuple, which other languages read as a two-element array. */
    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        Object[][] entries = entries();
        Object[] pairs = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            pairs[i] = new PTuple(new Object[]{entries[i][0], entries[i][1]});
        }
        return new SnapshotIterator(pairs);
    }

    @TruffleBoundary
    private static boolean isHashable(Object key) {
        try {
            keyFor(key);
            return true;
        } catch (PException e) {
            return false;
        }
    }

    /**
     * The Java key for a Python key: numbers that compare equal share one representation; tuples
     * compare element-wise; mutable builtins are refused as CPython refuses them.
     */
    @TruffleBoundary
    public static Object keyFor(Object key) {
        if (key instanceof String || key instanceof Long) {
            return key;
        }
        if (key instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (key instanceof Double d) {
            double v = d;
            if (v == Math.rint(v) && !Double.isInfinite(v)) {
                if (v >= -0x1p63 && v < 0x1p63) {
                    return (long) v;
                }
                return PInt.normalize(new java.math.BigDecimal(v).toBigInteger());
            }
            return key;
        }
        if (key instanceof PTuple t) {
            Object[] items = t.getItems();
            Object[] keys = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                keys[i] = keyFor(items[i]);
            }
            return new TupleKey(keys);
        }
        if (PBigRange.isRange(key)) {
            // equal ranges (the same items, whatever their stops) are one key
            return new RangeKey(List.of(PBigRange.of(key).hashedFields()));
        }
        if (key instanceof PMemoryView view) {
            // hashable only if readonly and of a byte format; a 'B' view equals the bytes of its contents
            MemoryViewHash.hash(null, view);
            return view.getItemFormat() == FormatCode.UBYTE ? new PBytes(view.asBuffer().toByteArray()) : view;
        }
        ObjectHash.checkHashable(null, key);
        if (!org.minipy.nodes.object.GetClassNode.getUncached().execute(key).isBuiltin()) {
            return new UserKey(key, ObjectHash.hash(null, key));
        }
        return key;
    }

    /** The Python hash of an element whose key {@link #keyFor} made, without calling a user __hash__ twice. */
    public static long hashOf(Node location, Object key, Object element) {
        return key instanceof UserKey u ? u.hash : ObjectHash.hash(location, element);
    }

    /**
     * An instance of a user class: its __hash__ is called once, when the key is made, and its __eq__ decides
     * between keys of equal hash, after identity, as in CPython's lookdict.
     */
    private static final class UserKey {
        private final Object object;
        private final long hash;

        UserKey(Object object, long hash) {
            this.object = object;
            this.hash = hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof UserKey other && (object == other.object || RichCompare.eq(null, object, other.object));
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }
    }

    private record RangeKey(List<Object> fields) {
    }

    private record TupleKey(Object[] items) {
        @Override
        public boolean equals(Object o) {
            return o instanceof TupleKey other && Arrays.equals(items, other.items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }
    }
}
