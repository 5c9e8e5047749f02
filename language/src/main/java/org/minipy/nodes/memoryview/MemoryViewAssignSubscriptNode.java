package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PEllipsis;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.NotImplementedError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * {@code m[key] = value} and {@code del m[key]} (value null): memory_ass_sub. The fast path is an
 * int key on a one-dimensional writable view of a cached native format: a bounds check and one store.
 * A slice of a one-dimensional view takes any exporter of the same structure (copy_single).
 */
@GenerateUncached
public abstract class MemoryViewAssignSubscriptNode extends PyBaseNode {
    public abstract void execute(PMemoryView view, Object key, Object value);

    public static MemoryViewAssignSubscriptNode create() {
        return MemoryViewAssignSubscriptNodeGen.create();
    }

    public static MemoryViewAssignSubscriptNode getUncached() {
        return MemoryViewAssignSubscriptNodeGen.getUncached();
    }

    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "cachedFormat != null", "view.getDimensions() == 1", "value != null"},
                    limit = "3", excludeForUncached = true)
    static void doIndex(PMemoryView view, long index, Object value,
                    @Cached("view.getItemFormat()") @SuppressWarnings("unused") FormatCode cachedFormat,
                    @Cached MemoryViewWriteItemNode write,
                    @Bind Node node) {
        view.checkReleased(node);
        if (view.isReadonly()) {
            throw PRaiseNode.raise(node, TypeError, "cannot modify read-only memory");
        }
        write.execute(view, view.getOffset() + MemoryViewKeys.lookupDimension(node, view, 0, index), value);
    }

    @Specialization
    @TruffleBoundary
    static void doGeneric(PMemoryView view, Object key, Object value, @Bind Node node) {
        MemoryViewWriteItemNode write = MemoryViewWriteItemNode.getUncached();
        view.checkReleased(node);
        view.checkSingleCharFormat(node);
        if (view.isReadonly()) {
            throw PRaiseNode.raise(node, TypeError, "cannot modify read-only memory");
        }
        if (value == null) {
            throw PRaiseNode.raise(node, TypeError, "cannot delete memory");
        }
        if (view.getDimensions() == 0) {
            if (key == PEllipsis.INSTANCE || key instanceof PTuple t && t.size() == 0) {
                write.execute(view, view.getOffset(), value);
                return;
            }
            throw PRaiseNode.raise(node, TypeError, "invalid indexing of 0-dim memory");
        }
        if (MemoryViewKeys.isIndex(key)) {
            if (view.getDimensions() > 1) {
                throw PRaiseNode.raise(node, NotImplementedError, "sub-views are not implemented");
            }
            long index = MemoryViewKeys.asIndex(node, key);
            write.execute(view, view.getOffset() + MemoryViewKeys.lookupDimension(node, view, 0, index), value);
            return;
        }
        if (key instanceof PSlice slice && view.getDimensions() == 1) {
            assignSlice(node, view, slice, value);
            return;
        }
        if (MemoryViewKeys.isMultiIndex(key)) {
            PTuple indices = (PTuple) key;
            if (indices.size() < view.getDimensions()) {
                throw PRaiseNode.raise(node, NotImplementedError, "sub-views are not implemented");
            }
            write.execute(view, view.getOffset() + MemoryViewKeys.positionOfTuple(node, view, indices), value);
            return;
        }
        if (key instanceof PSlice || MemoryViewKeys.isMultiSlice(key)) {
            throw PRaiseNode.raise(node, NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PRaiseNode.raise(node, TypeError, "memoryview: invalid slice key");
    }

    /** The one-dimensional slice branch of memory_ass_sub: the rvalue must be an exporter. */
    private static void assignSlice(Node node, PMemoryView view, PSlice slice, Object value) {
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        if (!buffers.isBuffer(value)) {
            throw PRaiseNode.raise(node, TypeError, "a bytes-like object is required, not '%s'", GetClassNode.getUncached().execute(value).getName());
        }
        PBuffer src = buffers.acquire(value, BufferFlags.FULL_RO);
        try {
            PMemoryView dest = MemoryViewKeys.slice(node, view, slice);
            try {
                copySingle(node, view, dest, src);
            } finally {
                dest.releaseView();
            }
        } finally {
            buffers.release(value, src);
        }
    }

    // copy_single
    private static void copySingle(Node node, PMemoryView self, PMemoryView dest, PBuffer src) {
        if (!equivalentFormat(dest.getFormat(), dest.getItemSize(), src.getFormat(), src.getItemSize()) || src.getDimensions() != 1 ||
                        src.getShape()[0] != dest.getShape()[0]) {
            throw PRaiseNode.raise(node, ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        }
        // CHECK_RELEASED_INT_AGAIN
        self.checkReleased(node);
        int n = dest.getShape()[0];
        int itemsize = dest.getItemSize();
        int sstride = src.getStrides()[0];
        int dstride = dest.stride(0);
        if (sstride == itemsize && dstride == itemsize && !src.isForeign() && !dest.isForeign()) {
            // System.arraycopy copies overlapping ranges as memmove does
            System.arraycopy(src.getData(), src.getOffset(), dest.getData(), dest.getOffset(), n * itemsize);
            return;
        }
        // copy_base with a temporary, so that overlapping strided ranges read every item before writing
        // (and foreign memory is read and written in as few pieces as the strides allow)
        byte[] items = new byte[n * itemsize];
        if (sstride == itemsize) {
            src.readBytes(0, items, 0, n * itemsize);
        } else {
            for (int i = 0; i < n; i++) {
                src.readBytes(i * sstride, items, i * itemsize, itemsize);
            }
        }
        if (dstride == itemsize) {
            dest.writeBytes(dest.getOffset(), items, 0, n * itemsize);
        } else {
            for (int i = 0, p = dest.getOffset(); i < n; i++, p += dstride) {
                dest.writeBytes(p, items, i * itemsize, itemsize);
            }
        }
    }

    /** equiv_format: equal formats but for a leading '@', and equal item sizes. */
    static boolean equivalentFormat(String a, int aItemSize, String b, int bItemSize) {
        String x = a.startsWith("@") ? a.substring(1) : a;
        String y = b.startsWith("@") ? b.substring(1) : b;
        return x.equals(y) && aItemSize == bItemSize;
    }
}
