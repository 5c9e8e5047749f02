package org.minipy.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;


/**
 * {@code id()}: a number that is unique and constant for an object's lifetime, shaped like the
 * 16-byte aligned addresses CPython reports. Objects get the next number on first request, held
 * through a weak identity map so that ids don't keep objects alive. ints, floats, bools and strs are
 * Java values whose boxes come and go, and {@code is} compares them by value, so their id is a
 * function of the value, drawn from a separate range.
 */
public final class ObjectIds {
    private static final long OBJECT_BASE = 0x7f0000000000L;
    private static final long VALUE_BASE = 0x550000000000L;
    private static final long NONE_ID = 0x5f0000000010L;

    private static final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private static final Map<IdentityKey, Long> ids = new HashMap<>();
    private static long issued;

    private ObjectIds() {
    }

    @TruffleBoundary
    public static long id(Object value) {
        if (value == PNone.NONE) {
            return NONE_ID;
        }
        if (value instanceof Boolean || value instanceof Long || value instanceof Double || value instanceof String) {
            return VALUE_BASE + ((mix(valueBits(value)) & 0xffffffffffL) << 4);
        }
        synchronized (ids) {
            for (Object dead = collected.poll(); dead != null; dead = collected.poll()) {
                ids.remove(dead);
            }
            return ids.computeIfAbsent(new IdentityKey(value, collected), k -> OBJECT_BASE + (++issued << 4));
        }
    }

    private static long valueBits(Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Long l) {
            return l * 3 + 2;
        } else if (value instanceof Double d) {
            return Double.doubleToRawLongBits(d) * 3 + 1;
        }
        long h = 0xcbf29ce484222325L;
        String s = (String) value;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h * 3;
    }

    /** SplitMix64's finalizer: spreads nearby values over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static final class IdentityKey extends WeakReference<Object> {
        private final int hash;

        IdentityKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object referent = get();
            return other instanceof IdentityKey key && referent != null && referent == key.get();
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
