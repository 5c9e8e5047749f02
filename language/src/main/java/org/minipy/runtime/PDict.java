package org.minipy.runtime;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * An insertion-ordered dict. Keys are stored under a Java key with Python's equality and hash
 * ({@code 1 == 1.0 == True} collide), next to the original key object, which the first insertion keeps.
 * Other languages see its items as hash entries, with their keys converted as any value they pass in.
 */
@ExportLibrary(InteropLibrary.class)
public final class PDict extends PythonObject {
    private final LinkedHashMap<Object, Object[]> map = new LinkedHashMap<>();

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.dict;
    }

    @TruffleBoundary
    public int size() {
        return map.size();
    }

    @TruffleBoundary
    public Object get(Object key) {
        Object[] e = map.get(keyFor(key));
        return e == null ? null : e[1];
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        Object k = keyFor(key);
        Object[] e = map.get(k);
        if (e != null) {
            e[1] = value;
        } else {
            map.put(k, new Object[]{key, value});
        }
    }

    /** Faster put for str keys (keyword arguments, attribute dicts). */
    @TruffleBoundary
    public void putString(String key, Object value) {
        put(key, value);
    }

    /** Removes the key and returns its value, or null if absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        Object[] e = map.remove(keyFor(key));
        return e == null ? null : e[1];
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        return map.containsKey(keyFor(key));
    }

    @TruffleBoundary
    public void clear() {
        map.clear();
    }

    /** Entries as {key, value} pairs in insertion order; the arrays are live, don't modify them. */
    @TruffleBoundary
    public Object[][] entries() {
        return map.values().toArray(new Object[0][]);
    }

    @TruffleBoundary
    public Object[] keys() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Object[] e : map.values()) {
            result[i++] = e[0];
        }
        return result;
    }

    @TruffleBoundary
    public Object[] values() {
        Object[] result = new Object[map.size()];
        int i = 0;
        for (Object[] e : map.values()) {
            result[i++] = e[1];
        }
        return result;
    }

    /** Removes and returns the last {key, value} pair, or null when empty (for popitem). */
    @TruffleBoundary
    public Object[] removeLast() {
        Object last = null;
        for (Iterator<Map.Entry<Object, Object[]>> it = map.entrySet().iterator(); it.hasNext();) {
            last = it.next().getKey();
        }
        return last == null ? null : map.remove(last);
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
