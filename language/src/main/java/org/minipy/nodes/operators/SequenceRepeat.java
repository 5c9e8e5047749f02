package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;

import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code seq * n} for the builtin sequences (sq_repeat). */
public final class SequenceRepeat {
    private SequenceRepeat() {
    }

    /** str, list, tuple, bytes, bytearray: the sequences whose repeat this is. */
    public static boolean isBuiltinSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes || o instanceof PByteArray;
    }

    /** sequence_repeat: the count is an int or has {@code __index__}. */
    @TruffleBoundary
    public static Object repeat(Node location, Object seq, Object countObj, String symbol) {
        int length;
        if (seq instanceof String s) {
            length = s.length();
        } else if (seq instanceof PList l) {
            length = l.size();
        } else if (seq instanceof PTuple t) {
            length = t.size();
        } else if (seq instanceof PBytes b) {
            length = b.length();
        } else if (seq instanceof PByteArray b) {
            length = b.length();
        } else {
            throw BinaryOpFallback.raiseUnsupported(location, symbol, seq, countObj);
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(countObj);
        if (index == null) {
            throw PRaiseNode.raise(location, TypeError, "can't multiply sequence by non-int of type '%s'",
                            GetClassNode.getUncached().execute(countObj).getName());
        }
        if (index instanceof PInt) {
            // PyNumber_AsSsize_t(count, PyExc_OverflowError), negative ones too
            throw PRaiseNode.raise(location, OverflowError, "cannot fit '%s' into an index-sized integer", GetClassNode.getUncached().execute(countObj).getName());
        }
        long count = (Long) index;
        if (count <= 0 || length == 0) {
            return repeatN(seq, 0);
        }
        if (count > Long.MAX_VALUE / length) {
            // str and bytes check the size against PY_SSIZE_T_MAX first; the other sequences just fail to allocate
            if (seq instanceof String) {
                throw PRaiseNode.raise(location, OverflowError, "repeated string is too long");
            } else if (seq instanceof PBytes) {
                throw PRaiseNode.raise(location, OverflowError, "repeated bytes are too long");
            }
            throw PRaiseNode.raiseNoArgs(location, MemoryError);
        }
        if (count * length > Integer.MAX_VALUE - 8) {
            throw PRaiseNode.raiseNoArgs(location, MemoryError);
        }
        return repeatN(seq, (int) count);
    }

    private static Object repeatN(Object seq, int n) {
        if (seq instanceof String s) {
            return s.repeat(n);
        } else if (seq instanceof PList l) {
            return PList.of(repeatArray(l.toArray(), n));
        } else if (seq instanceof PTuple t) {
            return n == 1 ? t : new PTuple(repeatArray(t.getItems(), n));
        } else if (seq instanceof PBytes b) {
            return new PBytes(repeatBytes(b.getBytes(), b.length(), n));
        } else {
            PByteArray b = (PByteArray) seq;
            return new PByteArray(repeatBytes(b.getBytes(), b.length(), n));
        }
    }

    private static Object[] repeatArray(Object[] items, int n) {
        Object[] result = new Object[items.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, result, i * items.length, items.length);
        }
        return result;
    }

    private static byte[] repeatBytes(byte[] bytes, int length, int n) {
        byte[] result = new byte[length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(bytes, 0, result, i * length, length);
        }
        return result;
    }
}
