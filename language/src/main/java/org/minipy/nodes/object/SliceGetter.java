package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;

/** {@code seq[a:b:c]} for the builtin sequences (their mp_subscript with a slice key). */
final class SliceGetter {
    private SliceGetter() {
    }

    @TruffleBoundary
    static Object getSlice(Node node, Object sequence, PSlice slice) {
        if (sequence instanceof PList list) {
            PSlice.SliceInfo info = slice.indices(node, list.size());
            return list.slice(info.start(), info.length(), info.step());
        } else if (sequence instanceof PTuple tuple) {
            PSlice.SliceInfo info = slice.indices(node, tuple.size());
            if (info.step() == 1 && info.length() == tuple.size()) {
                return tuple;
            }
            return new PTuple(objects(tuple.getItems(), info));
        } else if (sequence instanceof String s) {
            return string(node, s, slice);
        } else if (sequence instanceof PBytes bytes) {
            return new PBytes(bytes(bytes.getBytes(), slice.indices(node, bytes.length())));
        } else if (sequence instanceof PByteArray bytes) {
            return new PByteArray(bytes(bytes.getBytes(), slice.indices(node, bytes.length())));
        } else if (PBigRange.isRange(sequence)) {
            return PBigRange.of(sequence).slice(node, slice);
        }
        return PyObjectGetItemNode.doGeneric(sequence, slice, node, CallSpecialMethodNode.getUncached());
    }

    private static Object[] objects(Object[] items, PSlice.SliceInfo info) {
        Object[] result = new Object[info.length()];
        if (info.step() == 1) {
            System.arraycopy(items, info.start(), result, 0, info.length());
        } else {
            for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
                result[i] = items[j];
            }
        }
        return result;
    }

    private static byte[] bytes(byte[] items, PSlice.SliceInfo info) {
        byte[] result = new byte[info.length()];
        if (info.step() == 1) {
            System.arraycopy(items, info.start(), result, 0, info.length());
        } else {
            for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
                result[i] = items[j];
            }
        }
        return result;
    }

    private static String string(Node node, String s, PSlice slice) {
        int[] cps = s.codePoints().toArray();
        PSlice.SliceInfo info = slice.indices(node, cps.length);
        StringBuilder sb = new StringBuilder(info.length());
        for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
            sb.appendCodePoint(cps[j]);
        }
        return sb.toString();
    }
}
