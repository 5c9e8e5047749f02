package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.UnpackItemNode;
import org.minipy.runtime.PEllipsis;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.buffer.FormatCode;

import static org.minipy.runtime.PythonBuiltinClassType.NotImplementedError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code m[key]}: memory_subscript. An int key on a one-dimensional view of a native format and a
 * tuple of ints as long as the view's (cached, small) ndim are the fast paths: with the format cached
 * they compile to the bounds checks and one load. Everything else (slices, 0-dim views, keys with
 * {@code __index__}, errors) takes the generic path.
 */
@GenerateUncached
public abstract class MemoryViewSubscriptNode extends PyBaseNode {
    public abstract Object execute(PMemoryView view, Object key);

    public static MemoryViewSubscriptNode create() {
        return MemoryViewSubscriptNodeGen.create();
    }

    public static MemoryViewSubscriptNode getUncached() {
        return MemoryViewSubscriptNodeGen.getUncached();
    }

    // memory_item on a one-dimensional view
    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "cachedFormat != null", "view.getDimensions() == 1", "!view.isForeign()"}, limit = "3",
                    excludeForUncached = true)
    static Object doIndex(PMemoryView view, long index,
                    @Cached("view.getItemFormat()") FormatCode cachedFormat,
                    @Cached UnpackItemNode unpack,
                    @Bind Node node) {
        view.checkReleased(node);
        int position = view.getOffset() + MemoryViewKeys.lookupDimension(node, view, 0, index);
        return unpack.execute(cachedFormat, false, cachedFormat.nativeSize, view.getData(), position);
    }

    // memory_item_multi with exactly ndim int indices
    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "cachedFormat != null", "view.getDimensions() == cachedNdim",
                    "key.size() == cachedNdim", "allLongs(key, cachedNdim)", "!view.isForeign()"}, limit = "3", excludeForUncached = true)
    static Object doIndices(PMemoryView view, PTuple key,
                    @Cached("view.getItemFormat()") FormatCode cachedFormat,
                    @Cached("view.getDimensions()") int cachedNdim,
                    @Cached UnpackItemNode unpack,
                    @Bind Node node) {
        view.checkReleased(node);
        int position = view.getOffset() + positionOf(node, view, key.getItems(), cachedNdim);
        return unpack.execute(cachedFormat, false, cachedFormat.nativeSize, view.getData(), position);
    }

    // the slice branch of memory_subscript, outside the generic boundary so that the new view is all it costs
    @Specialization
    static Object doSlice(PMemoryView view, PSlice slice, @Bind Node node) {
        view.checkReleased(node);
        if (view.getDimensions() == 0) {
            throw PRaiseNode.raise(node, TypeError, "invalid indexing of 0-dim memory");
        }
        return MemoryViewKeys.slice(node, view, slice);
    }

    @ExplodeLoop
    static boolean allLongs(PTuple key, int n) {
        Object[] items = key.getItems();
        for (int i = 0; i < n; i++) {
            if (!(items[i] instanceof Long)) {
                return false;
            }
        }
        return true;
    }

    @ExplodeLoop
    private static int positionOf(Node node, PMemoryView view, Object[] indices, int ndim) {
        int position = 0;
        for (int dim = 0; dim < ndim; dim++) {
            position += MemoryViewKeys.lookupDimension(node, view, dim, (Long) indices[dim]);
        }
        return position;
    }

    @Specialization
    @TruffleBoundary
    static Object doGeneric(PMemoryView view, Object key, @Bind Node node) {
        MemoryViewReadItemNode read = MemoryViewReadItemNode.getUncached();
        view.checkReleased(node);
        if (view.getDimensions() == 0) {
            if (key instanceof PTuple t && t.size() == 0) {
                view.checkSingleCharFormat(node);
                return read.execute(view, view.getOffset());
            } else if (key == PEllipsis.INSTANCE) {
                return view;
            }
            throw PRaiseNode.raise(node, TypeError, "invalid indexing of 0-dim memory");
        }
        if (MemoryViewKeys.isIndex(key)) {
            long index = MemoryViewKeys.asIndex(node, key);
            // memory_item
            view.checkReleased(node);
            view.checkSingleCharFormat(node);
            if (view.getDimensions() != 1) {
                throw PRaiseNode.raise(node, NotImplementedError, "multi-dimensional sub-views are not implemented");
            }
            return read.execute(view, view.getOffset() + MemoryViewKeys.lookupDimension(node, view, 0, index));
        } else if (key instanceof PSlice slice) {
            return MemoryViewKeys.slice(node, view, slice);
        } else if (MemoryViewKeys.isMultiIndex(key)) {
            // memory_item_multi
            view.checkSingleCharFormat(node);
            PTuple indices = (PTuple) key;
            if (indices.size() < view.getDimensions()) {
                throw PRaiseNode.raise(node, NotImplementedError, "sub-views are not implemented");
            }
            return read.execute(view, view.getOffset() + MemoryViewKeys.positionOfTuple(node, view, indices));
        } else if (MemoryViewKeys.isMultiSlice(key)) {
            throw PRaiseNode.raise(node, NotImplementedError, "multi-dimensional slicing is not implemented");
        }
        throw PRaiseNode.raise(node, TypeError, "memoryview: invalid slice key");
    }
}
