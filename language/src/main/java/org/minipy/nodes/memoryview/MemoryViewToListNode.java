package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.UnpackItemNode;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.buffer.FormatCode;

/** {@code m.tolist()}: memoryview_tolist_impl, nested lists for N-D views (tolist_rec). */
public abstract class MemoryViewToListNode extends PyBaseNode {
    public abstract Object execute(PMemoryView view);

    public static MemoryViewToListNode create() {
        return MemoryViewToListNodeGen.create();
    }

    // tolist_base with the format cached: one loop of loads
    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "cachedFormat != null", "view.getDimensions() == 1", "!view.isForeign()"}, limit = "3")
    static Object doOneDimension(PMemoryView view,
                    @Cached("view.getItemFormat()") FormatCode cachedFormat,
                    @Cached UnpackItemNode unpack,
                    @Bind Node node) {
        view.checkReleased(node);
        int n = view.getShape()[0];
        int stride = view.stride(0);
        byte[] data = view.getData();
        Object[] items = new Object[n];
        for (int i = 0, position = view.getOffset(); i < n; i++, position += stride) {
            items[i] = unpack.execute(cachedFormat, false, cachedFormat.nativeSize, data, position);
        }
        LoopNode.reportLoopCount(node, n);
        return new PList(items);
    }

    @Specialization
    @TruffleBoundary
    static Object doGeneric(PMemoryView view, @Bind Node node) {
        view.checkReleased(node);
        view.checkSingleCharFormat(node);
        MemoryViewReadItemNode read = MemoryViewReadItemNode.getUncached();
        if (view.getDimensions() == 0) {
            return read.execute(view, view.getOffset());
        }
        return toList(view, read, view.getOffset(), 0);
    }

    private static PList toList(PMemoryView view, MemoryViewReadItemNode read, int position, int dim) {
        int n = view.getShape()[dim];
        int stride = view.stride(dim);
        boolean last = dim == view.getDimensions() - 1;
        Object[] items = new Object[n];
        for (int i = 0, p = position; i < n; i++, p += stride) {
            items[i] = last ? read.execute(view, p) : toList(view, read, p, dim + 1);
        }
        return new PList(items);
    }
}
