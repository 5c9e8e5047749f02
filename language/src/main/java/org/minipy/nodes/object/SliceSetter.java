package org.minipy.nodes.object;


import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSlice;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** Slice assignment and deletion for list and bytearray (list_ass_slice, bytearray_ass_subscript). */
final class SliceSetter {
    private SliceSetter() {
    }

    @TruffleBoundary
    static void setSlice(Node node, Object sequence, PSlice slice, Object value) {
        if (sequence instanceof PList list) {
            Object[] items = value == list ? list.toArray() : IterableToArray.toArray(node, value, "must assign iterable to extended slice");
            PSlice.SliceInfo info = slice.indices(node, list.size());
            if (info.step() == 1) {
                replace(list, info.start(), Math.max(info.stop(), info.start()), items);
            } else {
                if (items.length != info.length()) {
                    throw PRaiseNode.raise(node, ValueError, "attempt to assign sequence of size %d to extended slice of size %d",
                                    items.length, info.length());
                }
                for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
                    list.set(j, items[i]);
                }
            }
        } else if (sequence instanceof PByteArray bytes) {
            byte[] data = ByteSource.bytesForAssignment(node, value);
            PSlice.SliceInfo info = slice.indices(node, bytes.length());
            if (info.step() == 1) {
                int start = info.start();
                int stop = Math.max(info.stop(), start);
                if (data.length == stop - start) {
                    // same size: in place, so that exported buffers keep seeing the object's memory
                    System.arraycopy(data, 0, bytes.getBytes(), start, data.length);
                    return;
                }
                bytes.checkCanResize(node);
                byte[] old = bytes.getBytes();
                int newLength = bytes.length() - (stop - start) + data.length;
                byte[] result = new byte[Math.max(newLength, 8)];
                System.arraycopy(old, 0, result, 0, start);
                System.arraycopy(data, 0, result, start, data.length);
                System.arraycopy(old, stop, result, start + data.length, bytes.length() - stop);
                bytes.setContents(result, newLength);
            } else if (data.length == 0) {
                // bytearray_ass_subscript: an empty value deletes an extended slice
                deleteByteArraySlice(node, bytes, info);
            } else {
                if (data.length != info.length()) {
                    throw PRaiseNode.raise(node, ValueError, "attempt to assign bytes of size %d to extended slice of size %d",
                                    data.length, info.length());
                }
                for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
                    bytes.getBytes()[j] = data[i];
                }
            }
        } else {
            PyObjectSetItemNode.doGeneric(sequence, slice, value, node, CallSpecialMethodNode.getUncached());
        }
    }

    private static void replace(PList list, int start, int stop, Object[] items) {
        Object[] old = list.getItems();
        int size = list.size();
        int newSize = size - (stop - start) + items.length;
        Object[] result = new Object[Math.max(newSize, 4)];
        System.arraycopy(old, 0, result, 0, start);
        System.arraycopy(items, 0, result, start, items.length);
        System.arraycopy(old, stop, result, start + items.length, size - stop);
        list.setContents(result, newSize);
    }

    @TruffleBoundary
    static void deleteSlice(Node node, Object sequence, PSlice slice) {
        if (sequence instanceof PList list) {
            PSlice.SliceInfo info = slice.indices(node, list.size());
            boolean[] drop = dropMask(list.size(), info);
            Object[] old = list.getItems();
            Object[] result = new Object[Math.max(list.size() - info.length(), 4)];
            int n = 0;
            for (int i = 0; i < list.size(); i++) {
                if (!drop[i]) {
                    result[n++] = old[i];
                }
            }
            list.setContents(result, n);
        } else if (sequence instanceof PByteArray bytes) {
            deleteByteArraySlice(node, bytes, slice.indices(node, bytes.length()));
        } else {
            PyObjectDelItemNode.doGeneric(sequence, slice, node, CallSpecialMethodNode.getUncached());
        }
    }

    private static void deleteByteArraySlice(Node node, PByteArray bytes, PSlice.SliceInfo info) {
        // CPython resizes (and so refuses while exported) for any extended slice, even an empty one
        if (info.step() != 1 || info.length() != 0) {
            bytes.checkCanResize(node);
        }
        if (info.length() == 0) {
            return;
        }
        boolean[] drop = dropMask(bytes.length(), info);
        byte[] old = bytes.getBytes();
        byte[] result = new byte[Math.max(bytes.length() - info.length(), 8)];
        int n = 0;
        for (int i = 0; i < bytes.length(); i++) {
            if (!drop[i]) {
                result[n++] = old[i];
            }
        }
        bytes.setContents(result, n);
    }

    private static boolean[] dropMask(int size, PSlice.SliceInfo info) {
        boolean[] drop = new boolean[size];
        for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
            drop[j] = true;
        }
        return drop;
    }

    @TruffleBoundary
    static void deleteByteArrayItem(Node node, PByteArray bytes, long index) {
        long i = index < 0 ? index + bytes.length() : index;
        if (i < 0 || i >= bytes.length()) {
            throw PRaiseNode.raise(node, IndexError, "bytearray index out of range");
        }
        bytes.checkCanResize(node);
        byte[] data = bytes.getBytes();
        System.arraycopy(data, (int) i + 1, data, (int) i, bytes.length() - (int) i - 1);
        bytes.setLength(bytes.length() - 1);
    }


}
