package org.minipy.builtins.functions;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.memoryview.MemoryViewHash;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code hash()}: PyObject_Hash with CPython's values for numbers (Python/pyhash.c: the hash of a
 * number is its value modulo the prime 2**61 - 1, so equal ints and floats hash alike) and for tuples
 * (tuplehash's xxHash scheme). str and bytes use Java's string hash, which is equal for a str and the
 * bytes of its Latin-1 text, as CPython's is; CPython randomizes these per process anyway.
 */
public final class ObjectHash {
    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long INF = 314159;
    /** hash(None) is a constant since CPython 3.12. */
    private static final long NONE = 0xFCA86420L;

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private ObjectHash() {
    }

    @TruffleBoundary
    public static long hash(Node location, Object value) {
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Long l) {
            return hashLong(l);
        } else if (value instanceof PInt i) {
            return hashBig(i.getValue());
        } else if (value instanceof Double d) {
            return hashDouble(d);
        } else if (value instanceof String s) {
            return notMinusOne(s.hashCode());
        } else if (value instanceof PBytes b) {
            return hashBytes(b.getBytes(), b.length());
        } else if (value instanceof PTuple t) {
            return hashItems(location, t.getItems(), t.size(), true);
        } else if (value == PNone.NONE) {
            return NONE;
        } else if (PBigRange.isRange(value)) {
            return hashItems(location, PBigRange.of(value).hashedFields(), 3, true);
        } else if (value instanceof PSlice s) {
            return hashItems(location, new Object[]{s.getStart(), s.getStop(), s.getStep()}, 3, false);
        } else if (value instanceof PMemoryView m) {
            return MemoryViewHash.hash(location, m);
        } else if (value instanceof PSet s && s.isFrozen()) {
            return s.hash();
        }
        return hashFromSlot(location, value);
    }

    /** The rest of PyObject_Hash: the class's {@code __hash__} slot, None where instances are unhashable, object's hash without one. */
    private static long hashFromSlot(Node location, Object value) {
        Object hashMethod = GetClassNode.getUncached().execute(value).getSlot(SpecialMethodSlot.HASH);
        if (hashMethod == PNone.NONE) {
            throw unhashable(location, value);
        }
        if (hashMethod == null) {
            return hashPointer(ObjectIds.id(value));
        }
        return checkHashResult(location, PyObjectCallNode.getUncached().execute(hashMethod, PArguments.ofPositional(value)));
    }

    /** slot_tp_hash: what a {@code __hash__} returned, itself if it fits a Py_ssize_t (-1 becoming -2), else that int's hash. */
    @TruffleBoundary
    public static long checkHashResult(Node location, Object result) {
        if (result instanceof Long l) {
            return notMinusOne(l);
        }
        if (result instanceof Boolean || result instanceof PInt) {
            return hash(location, result);
        }
        throw PRaiseNode.raise(location, TypeError, "__hash__ method should return an integer");
    }

    /** For a dict key or set element: TypeError if the value's class makes it unhashable. */
    @TruffleBoundary
    public static void checkHashable(Node location, Object value) {
        if (GetClassNode.getUncached().execute(value).getSlot(SpecialMethodSlot.HASH) == PNone.NONE) {
            throw unhashable(location, value);
        }
    }

    // long_hash
    static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return hashBig(BigInteger.valueOf(v));
        }
        long h = Math.abs(v) % MODULUS;
        return notMinusOne(v < 0 ? -h : h);
    }

    private static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        return notMinusOne(v.signum() < 0 ? -h : h);
    }

    /**
     * _Py_HashDouble: a finite float is m * 2**e with an integer m, whose hash is m * 2**e reduced
     * modulo the prime, 2**e being inverted modulo the prime for negative e.
     */
    private static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return hashPointer(ObjectIds.id(v));
        }
        if (v == Math.rint(v) && Math.abs(v) < 0x1p63) {
            return hashLong((long) v);
        }
        long bits = Double.doubleToRawLongBits(v);
        int exponent = (int) ((bits >> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (exponent == 0) {
            exponent = 1;
        } else {
            mantissa |= 1L << 52;
        }
        int e = exponent - 1075;
        BigInteger scale = BigInteger.TWO.modPow(BigInteger.valueOf(e), BIG_MODULUS);
        long h = BigInteger.valueOf(mantissa).multiply(scale).mod(BIG_MODULUS).longValue();
        return notMinusOne(v < 0 ? -h : h);
    }

    public static long hashBytes(byte[] bytes, int length) {
        int h = 0;
        for (int i = 0; i < length; i++) {
            h = 31 * h + (bytes[i] & 0xff);
        }
        return notMinusOne(h);
    }

    /** tuplehash; slice_hash is the same without the final length term. */
    private static long hashItems(Node location, Object[] items, int length, boolean addLength) {
        long acc = XXPRIME_5;
        for (int i = 0; i < length; i++) {
            long lane = hash(location, items[i]);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        if (addLength) {
            acc += length ^ (XXPRIME_5 ^ 3527539L);
        }
        return acc == -1 ? 1546275796 : acc;
    }

    // _Py_HashPointer: the low 4 bits of an aligned address are always 0
    private static long hashPointer(long address) {
        return notMinusOne(Long.rotateRight(address, 4));
    }

    private static long notMinusOne(long h) {
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static PException unhashable(Node location, Object value) {
        return PRaiseNode.raise(location, TypeError, "unhashable type: '%s'", GetClassNode.getUncached().execute(value).getTypeName());
    }
}
