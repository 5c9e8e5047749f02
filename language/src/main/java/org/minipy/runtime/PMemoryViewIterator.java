package org.minipy.runtime;

import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.memoryview.MemoryViewReadItemNode;
import org.minipy.runtime.buffer.FormatCode;

/**
 * memoryiterobject: iterates a one-dimensional view item by item. The length is fixed when the
 * iterator is made; the view is dropped once the iterator is exhausted, which then stays exhausted.
 */
public final class PMemoryViewIterator extends PythonIterator {
    private PMemoryView view;
    private final FormatCode format;
    private final int length;
    private int index;

    public PMemoryViewIterator(PMemoryView view) {
        this.view = view;
        this.format = view.getItemFormat();
        this.length = view.getShape()[0];
    }

    /** The view's item format (it_fmt). */
    public FormatCode getFormat() {
        return format;
    }

    /** The view, or null once exhausted. */
    public PMemoryView getView() {
        return view;
    }

    /** The number of items, fixed when the iterator was made. */
    public int getLength() {
        return length;
    }

    /**
     * The byte position of item {@code i} (below {@link #getLength()}), for a for loop that keeps
     * the position itself; a view released meanwhile raises, as in memoryiter_next.
     */
    public int positionAt(Node location, int i) {
        view.checkReleased(location);
        return view.getOffset() + view.stride(0) * i;
    }

    /**
     * memoryiter_next's step: the byte position of the next item, or -1 once exhausted. A view
     * released while items remain raises.
     */
    public int nextPosition(Node location) {
        if (view == null) {
            return -1;
        }
        if (index >= length) {
            view = null;
            return -1;
        }
        view.checkReleased(location);
        return view.getOffset() + view.stride(0) * index++;
    }

    @Override
    public Object next() {
        PMemoryView current = view;
        int position = nextPosition(null);
        return position < 0 ? null : MemoryViewReadItemNode.getUncached().execute(current, position);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.memory_iterator;
    }
}
