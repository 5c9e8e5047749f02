package org.minipy.nodes.expression;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;

/** {@code [a, *b, c]} and {@code (a, *b, c)}: a list or tuple display, with iterable unpacking. */
public final class CollectionDisplayNode extends ExpressionNode {
    @Children private final ExpressionNode[] elements;
    private final boolean[] starred;
    private final boolean hasStar;
    private final boolean isList;

    public CollectionDisplayNode(ExpressionNode[] elements, boolean[] starred, boolean isList) {
        this.elements = elements;
        this.starred = starred;
        boolean any = false;
        for (boolean s : starred) {
            any |= s;
        }
        this.hasStar = any;
        this.isList = isList;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        if (hasStar) {
            Object[] values = new Object[elements.length];
            for (int i = 0; i < elements.length; i++) {
                values[i] = elements[i].executeGeneric(frame);
            }
            Object[] items = unpack(values);
            return isList ? new PList(items) : new PTuple(items);
        }
        Object[] items = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            items[i] = elements[i].executeGeneric(frame);
        }
        return isList ? new PList(items) : new PTuple(items);
    }

    @TruffleBoundary
    private Object[] unpack(Object[] values) {
        ArrayList<Object> items = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (starred[i]) {
                for (Object o : IterableToArray.toArray(this, values[i], null)) {
                    items.add(o);
                }
            } else {
                items.add(values[i]);
            }
        }
        return items.toArray();
    }
}
