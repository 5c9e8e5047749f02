package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code a, *b, c = value}: UNPACK_SEQUENCE / UNPACK_EX. */
public final class UnpackTargetNode extends WriteTargetNode {
    @Children private final WriteTargetNode[] targets;
    /** Index of the starred target, or -1. */
    private final int starIndex;

    public UnpackTargetNode(WriteTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void executeWrite(VirtualFrame frame, Object value) {
        // the common case in compiled code, where a tuple just built (a, b = b, a) or returned by an
        // inlined call need not exist at all; everything else, and every error, behind the boundary
        Object[] items = starIndex < 0 && value instanceof PTuple t && t.getItems().length == targets.length ? t.getItems() : unpack(value);
        for (int i = 0; i < targets.length; i++) {
            targets[i].executeWrite(frame, items[i]);
        }
    }

    @Override
    @ExplodeLoop
    public void executeDelete(VirtualFrame frame) {
        for (WriteTargetNode t : targets) {
            t.executeDelete(frame);
        }
    }

    @TruffleBoundary
    private Object[] unpack(Object value) {
        Object[] items;
        if (value instanceof PTuple t) {
            items = t.getItems();
        } else if (value instanceof PList l) {
            items = l.toArray();
        } else {
            try {
                items = IterableToArray.toArray(this, value, null);
            } catch (PException e) {
                if (e.isOfType(PythonBuiltinClassType.TypeError)) {
                    throw PRaiseNode.raise(this, TypeError, "cannot unpack non-iterable %s object", GetClassNode.getUncached().execute(value).getName());
                }
                throw e;
            }
        }
        int n = targets.length;
        if (starIndex < 0) {
            if (items.length < n) {
                throw PRaiseNode.raise(this, ValueError, "not enough values to unpack (expected %d, got %d)", n, items.length);
            } else if (items.length > n) {
                throw PRaiseNode.raise(this, ValueError, "too many values to unpack (expected %d)", n);
            }
            return items;
        }
        if (items.length < n - 1) {
            throw PRaiseNode.raise(this, ValueError, "not enough values to unpack (expected at least %d, got %d)", n - 1, items.length);
        }
        Object[] result = new Object[n];
        System.arraycopy(items, 0, result, 0, starIndex);
        int after = n - starIndex - 1;
        Object[] middle = new Object[items.length - starIndex - after];
        System.arraycopy(items, starIndex, middle, 0, middle.length);
        result[starIndex] = new PList(middle);
        System.arraycopy(items, items.length - after, result, starIndex + 1, after);
        return result;
    }
}
