package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** Methods of {@code tuple} (Objects/tupleobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.tuple)
public final class TupleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TupleBuiltinsFactory.getFactories();
    }

    private static PTuple self(Node node, Object self, String method) {
        if (self instanceof PTuple tuple) {
            return tuple;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.tuple, self);
    }

    @Builtin(name = "index", parameters = {"self", "value", "start", "stop"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object index(Object self, Object value, Object start, Object stop) {
            Object[] items = self(this, self, "index").getItems();
            int n = items.length;
            int from = ListBuiltins.searchBound(this, start, n, 0);
            int to = ListBuiltins.searchBound(this, stop, n, n);
            int i = find(this, items, value, from, to);
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "tuple.index(x): x not in tuple");
            }
            return (long) i;
        }

        @TruffleBoundary
        private static int find(Node node, Object[] items, Object value, int from, int to) {
            for (int i = from; i < to; i++) {
                if (RichCompare.eq(node, items[i], value)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Builtin(name = "count", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object count(Object self, Object value) {
            return count(this, self(this, self, "count").getItems(), value);
        }

        @TruffleBoundary
        private static long count(Node node, Object[] items, Object value) {
            long count = 0;
            for (Object item : items) {
                if (RichCompare.eq(node, item, value)) {
                    count++;
                }
            }
            return count;
        }
    }
}
