package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PDict;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code {k: v, **m}}; a null key marks a {@code **mapping} entry. */
public final class DictDisplayNode extends ExpressionNode {
    @Children private final ExpressionNode[] keys;
    @Children private final ExpressionNode[] values;

    public DictDisplayNode(ExpressionNode[] keys, ExpressionNode[] values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        PDict dict = new PDict();
        for (int i = 0; i < values.length; i++) {
            if (keys[i] == null) {
                merge(dict, values[i].executeGeneric(frame));
            } else {
                Object k = keys[i].executeGeneric(frame);
                Object v = values[i].executeGeneric(frame);
                dict.put(k, v);
            }
        }
        return dict;
    }

    @TruffleBoundary
    private void merge(PDict dict, Object mapping) {
        if (!(mapping instanceof PDict other)) {
            throw PRaiseNode.raise(this, TypeError, "'%s' object is not a mapping", GetClassNode.getUncached().execute(mapping).getName());
        }
        for (Object[] e : other.entries()) {
            dict.put(e[0], e[1]);
        }
    }
}
