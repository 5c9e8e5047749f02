package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * The keys of {@code m[key]} and {@code m[key] = v} as memory_subscript and memory_ass_sub classify
 * them (is_multiindex, is_multislice), and where they lead (lookup_dimension, ptr_from_tuple,
 * init_slice).
 */
final class MemoryViewKeys {
    private MemoryViewKeys() {
    }

    /** _PyIndex_Check: an int or an object whose class has {@code __index__}. */
    @TruffleBoundary
    static boolean isIndex(Object key) {
        return key instanceof Long || key instanceof Boolean || key instanceof PInt ||
                        GetClassNode.getUncached().execute(key).getSlot(SpecialMethodSlot.INDEX) != null;
    }

    /** PyNumber_AsSsize_t(key, PyExc_IndexError). */
    @TruffleBoundary
    static long asIndex(Node node, Object key) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(key);
        if (index instanceof Long l) {
            return l;
        }
        if (index instanceof PInt) {
            throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(key).getName());
    }

    /** is_multiindex: a tuple of indices (the empty tuple included). */
    @TruffleBoundary
    static boolean isMultiIndex(Object key) {
        if (!(key instanceof PTuple t)) {
            return false;
        }
        for (Object item : t.getItems()) {
            if (!isIndex(item)) {
                return false;
            }
        }
        return true;
    }

    /** is_multislice: a non-empty tuple of slices. */
    static boolean isMultiSlice(Object key) {
        if (!(key instanceof PTuple t) || t.size() == 0) {
            return false;
        }
        for (Object item : t.getItems()) {
            if (!(item instanceof PSlice)) {
                return false;
            }
        }
        return true;
    }

    /** lookup_dimension: the byte distance of item {@code index} along {@code dim}, after bounds checks. */
    static int lookupDimension(Node node, PMemoryView view, int dim, long index) {
        int n = view.getShape()[dim];
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PRaiseNode.raise(node, IndexError, "index out of bounds on dimension %d", dim + 1);
        }
        return (int) i * view.stride(dim);
    }

    private static long unpackedStep(PSlice slice, PSlice.SliceInfo info) {
        if (slice.getStep() instanceof Long l) {
            return Math.max(l, -Long.MAX_VALUE);
        } else if (slice.getStep() instanceof PInt big) {
            return big.getValue().signum() < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
        }
        return info.step();
    }

    /** ptr_from_tuple, relative to the view's offset. */
    @TruffleBoundary
    static int positionOfTuple(Node node, PMemoryView view, PTuple indices) {
        if (indices.size() > view.getDimensions()) {
            throw PRaiseNode.raise(node, TypeError, "cannot index %d-dimension view with %d-element tuple", view.getDimensions(), indices.size());
        }
        int position = 0;
        for (int dim = 0; dim < indices.size(); dim++) {
            position += lookupDimension(node, view, dim, asIndex(node, indices.get(dim)));
        }
        return position;
    }

    /**
     * init_slice on the first dimension: the part of {@code view} that {@code slice} selects. Not a
     * boundary, so that a compiled {@code m[i:i+16]} allocates only the new view.
     */
    static PMemoryView slice(Node node, PMemoryView view, PSlice slice) {
        int[] shape = view.getShape().clone();
        long[] strides = view.getStrides().clone();
        PSlice.SliceInfo info = slice.indices(node, shape[0]);
        // an empty slice keeps the offset: its start may lie past the data, which CPython never reads
        int offset = info.length() == 0 ? view.getOffset() : view.getOffset() + view.stride(0) * info.start();
        shape[0] = info.length();
        // the step as PySlice_Unpack leaves it: a Py_ssize_t, not the int that indices() clamps to
        strides[0] = strides[0] * unpackedStep(slice, info);
        // init_len
        int length = view.getItemSize();
        for (int n : shape) {
            length *= n;
        }
        return view.derive(offset, length, view.isReadonly(), shape, strides);
    }
}
