package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;


/**
 * A set or frozenset, laid out as CPython's setobject.c lays out its table (open addressing with
 * runs of linear probes, then perturbed jumps; the same growth rule), so that iteration, repr and
 * pop visit the elements in CPython's order wherever that order is determined (ints hash to
 * themselves). Python equality of elements is the dict's: {@link PDict#keyFor}.
 * A dict cannot share this storage: its order is insertion order, a set's is table order.
 */
public final class PSet extends PythonObject {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a slot whose element was removed: probe chains run through it. */
    private static final Object DUMMY = new Object();

    private final boolean frozen;
    private Object[] elements;
    /** PDict.keyFor of each element, what lookups compare. */
    private Object[] keys;
    private long[] hashes;
    private int mask;
    /** Slots in use by elements or dummies; and by elements only. */
    private int fill;
    private int used;
    /** Where pop() looks first. */
    private int finger;
    private long frozenHash = -1;

    public PSet(boolean frozen) {
        this.frozen = frozen;
        allocate(MIN_SIZE);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return frozen ? PythonBuiltinClassType.frozenset : PythonBuiltinClassType.set;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public int size() {
        return used;
    }

    private void allocate(int size) {
        elements = new Object[size];
        keys = new Object[size];
        hashes = new long[size];
        mask = size - 1;
    }

    /** The element at {@code slot}, or null if the slot holds none. For iteration in table order. */
    public Object elementAt(int slot) {
        Object e = slot <= mask ? elements[slot] : null;
        return e == DUMMY ? null : e;
    }

    public int tableSize() {
        return mask + 1;
    }

    /** The elements in table order. */
    @TruffleBoundary
    public Object[] toArray() {
        Object[] result = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            Object e = elements[i];
            if (e != null && e != DUMMY) {
                result[n++] = e;
            }
        }
        return result;
    }

    /** set_add_key; raises TypeError for an unhashable element. */
    @TruffleBoundary
    public void add(Node location, Object element) {
        Object key = PDict.keyFor(element);
        addEntry(element, key, PDict.hashOf(location, key, element));
    }

    /** set_contains_key; raises TypeError for an unhashable element. */
    @TruffleBoundary
    public boolean contains(Node location, Object element) {
        Object key = PDict.keyFor(element);
        return find(key, element, PDict.hashOf(location, key, element)) >= 0;
    }

    /** set_discard_key: whether the element was there. */
    @TruffleBoundary
    public boolean discard(Node location, Object element) {
        Object key = PDict.keyFor(element);
        return discardEntry(key, element, PDict.hashOf(location, key, element));
    }

    /**
     * What {@code in}, remove() and discard() look up (set_contains, set_remove, set_discard): a set,
     * unhashable itself, stands for the frozenset of its elements.
     */
    @TruffleBoundary
    public static Object asElement(Object element) {
        return element instanceof PSet s && !s.frozen ? s.copy(true) : element;
    }

    private boolean discardEntry(Object key, Object element, long hash) {
        int slot = find(key, element, hash);
        if (slot < 0) {
            return false;
        }
        elements[slot] = DUMMY;
        keys[slot] = null;
        hashes[slot] = -1;
        used--;
        return true;
    }

    /** set_lookkey: the slot holding an equal element, or -1. */
    private int find(Object key, Object element, long hash) {
        long perturb = hash;
        long i = hash & mask;
        while (true) {
            int slot = (int) i;
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                Object e = elements[slot];
                if (e == null && hashes[slot] == 0) {
                    return -1;
                }
                if (hashes[slot] == hash && e != DUMMY && (e == element || keys[slot].equals(key))) {
                    return slot;
                }
                slot++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** set_add_entry: a dummy slot met on the way is reused, else the first free slot, then maybe grow. */
    private void addEntry(Object element, Object key, long hash) {
        long perturb = hash;
        long i = hash & mask;
        int freeSlot = -1;
        while (true) {
            int slot = (int) i;
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            do {
                Object e = elements[slot];
                if (e == null && hashes[slot] == 0) {
                    if (freeSlot >= 0) {
                        store(freeSlot, element, key, hash);
                        used++;
                        return;
                    }
                    store(slot, element, key, hash);
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return;
                }
                if (hashes[slot] == hash && e != DUMMY && (e == element || keys[slot].equals(key))) {
                    return;
                }
                if (e == DUMMY) {
                    freeSlot = slot;
                }
                slot++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private void store(int slot, Object element, Object key, long hash) {
        elements[slot] = element;
        keys[slot] = key;
        hashes[slot] = hash;
        frozenHash = -1;
    }

    /** set_table_resize: the smallest power of two above minUsed, refilled in the old table's order. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize == MIN_SIZE && mask == MIN_SIZE - 1 && fill == used) {
            return;
        }
        Object[] oldElements = elements;
        Object[] oldKeys = keys;
        long[] oldHashes = hashes;
        allocate(newSize);
        fill = used;
        for (int j = 0; j < oldElements.length; j++) {
            Object e = oldElements[j];
            if (e != null && e != DUMMY) {
                insertClean(e, oldKeys[j], oldHashes[j]);
            }
        }
    }

    // set_insert_clean: the element is known to be absent and the table has no dummies
    private void insertClean(Object element, Object key, long hash) {
        long perturb = hash;
        long i = hash & mask;
        while (true) {
            int slot = (int) i;
            if (elements[slot] == null) {
                store(slot, element, key, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    slot++;
                    if (elements[slot] == null) {
                        store(slot, element, key, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    @TruffleBoundary
    public void clear() {
        allocate(MIN_SIZE);
        fill = 0;
        used = 0;
        frozenHash = -1;
    }

    /** set_pop: removes the next element from the finger on, or returns null if empty. */
    @TruffleBoundary
    public Object pop() {
        if (used == 0) {
            return null;
        }
        int slot = finger & mask;
        while (elements[slot] == null || elements[slot] == DUMMY) {
            slot = slot == mask ? 0 : slot + 1;
        }
        Object e = elements[slot];
        elements[slot] = DUMMY;
        keys[slot] = null;
        hashes[slot] = -1;
        used--;
        finger = slot + 1;
        return e;
    }

    /** set_merge: the other set's elements, with one resize up front and straight copies into an empty table. */
    @TruffleBoundary
    public void addAll(PSet other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.elements, 0, elements, 0, elements.length);
            System.arraycopy(other.keys, 0, keys, 0, keys.length);
            System.arraycopy(other.hashes, 0, hashes, 0, hashes.length);
            fill = other.fill;
            used = other.used;
            frozenHash = -1;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int j = 0; j <= other.mask; j++) {
                Object e = other.elements[j];
                if (e != null && e != DUMMY) {
                    insertClean(e, other.keys[j], other.hashes[j]);
                }
            }
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object e = other.elements[j];
            if (e != null && e != DUMMY) {
                addEntry(e, other.keys[j], other.hashes[j]);
            }
        }
    }

    /** The dict branch of set_update_internal: one resize for all the keys, then adds in dict order. */
    @TruffleBoundary
    public void addAllKeys(Node location, PDict dict) {
        int n = dict.size();
        if ((long) (fill + n) * 5 >= (long) mask * 3) {
            resize((used + n) * 2);
        }
        for (Object key : dict.keys()) {
            add(location, key);
        }
    }

    /** Whether the other set holds an element equal to the one in {@code slot} of this set. */
    private boolean otherContains(PSet other, int slot) {
        return other.find(keys[slot], elements[slot], hashes[slot]) >= 0;
    }

    /** set_intersection with another set: walks the smaller one. */
    @TruffleBoundary
    public PSet intersection(PSet other, boolean frozenResult) {
        PSet result = new PSet(frozenResult);
        PSet small = other.used > used ? this : other;
        PSet large = small == this ? other : this;
        for (int j = 0; j <= small.mask; j++) {
            Object e = small.elements[j];
            if (e != null && e != DUMMY && small.otherContains(large, j)) {
                result.addEntry(e, small.keys[j], small.hashes[j]);
            }
        }
        return result;
    }

    /** set_difference with a set that this one is not much larger than: keeps what the other lacks. */
    @TruffleBoundary
    public PSet difference(PSet other, boolean frozenResult) {
        PSet result = new PSet(frozenResult);
        for (int j = 0; j <= mask; j++) {
            Object e = elements[j];
            if (e != null && e != DUMMY && !otherContains(other, j)) {
                result.addEntry(e, keys[j], hashes[j]);
            }
        }
        return result;
    }

    /** The set branch of set_difference_update_internal, including its closing resize. */
    @TruffleBoundary
    public void removeAll(PSet other) {
        if (other == this) {
            clear();
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object e = other.elements[j];
            if (e != null && e != DUMMY) {
                discardEntry(other.keys[j], e, other.hashes[j]);
            }
        }
        shrinkDummies();
    }

    /** After removals: rebuild when more than a quarter of the table is dummies. */
    @TruffleBoundary
    public void shrinkDummies() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** set_symmetric_difference_update with a set: each of its elements is removed if present, else added. */
    @TruffleBoundary
    public void toggleAll(PSet other) {
        if (other == this) {
            clear();
            return;
        }
        for (int j = 0; j <= other.mask; j++) {
            Object e = other.elements[j];
            if (e != null && e != DUMMY && !discardEntry(other.keys[j], e, other.hashes[j])) {
                addEntry(e, other.keys[j], other.hashes[j]);
            }
        }
    }

    /** set_issubset for two sets. */
    @TruffleBoundary
    public boolean isSubsetOf(PSet other) {
        if (used > other.used) {
            return false;
        }
        for (int j = 0; j <= mask; j++) {
            Object e = elements[j];
            if (e != null && e != DUMMY && !otherContains(other, j)) {
                return false;
            }
        }
        return true;
    }

    /** set_swap_bodies from a set built for the purpose: this set takes over its table as it is. */
    public void replaceContents(PSet other) {
        elements = other.elements;
        keys = other.keys;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        frozenHash = -1;
    }

    /** A copy of this set's table (make_new_set from a set). */
    @TruffleBoundary
    public PSet copy(boolean frozenResult) {
        PSet result = new PSet(frozenResult);
        result.addAll(this);
        return result;
    }

    /** The cached frozenset hash, or -1 when not computed (set_richcompare's shortcut). */
    public long cachedHash() {
        return frozenHash;
    }

    /**
     * frozenset_hash: the xor of every element's shuffled hash (so the order does not matter), mixed
     * with the size. Empty slots and dummies cancel out of CPython's sum over the whole table, which
     * leaves the active entries.
     */
    @TruffleBoundary
    public long hash() {
        if (frozenHash != -1) {
            return frozenHash;
        }
        long h = 0;
        for (int j = 0; j <= mask; j++) {
            Object e = elements[j];
            if (e != null && e != DUMMY) {
                h ^= shuffleBits(hashes[j]);
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        frozenHash = h;
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** Equal contents, for frozensets as dict keys and set elements ({@link PDict#keyFor} leaves them as they are). */
    @Override
    @TruffleBoundary
    public boolean equals(Object o) {
        return o instanceof PSet other && (other == this || used == other.used && isSubsetOf(other));
    }

    @Override
    public int hashCode() {
        return Long.hashCode(hash());
    }
}
