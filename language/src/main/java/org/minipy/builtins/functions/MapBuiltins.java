package org.minipy.builtins.functions;

import java.util.List;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PMap;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The class {@code map} (Python/bltinmodule.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.map)
public final class MapBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MapBuiltinsFactory.getFactories();
    }

    /** bound: cls, function, iterables. */
    @Builtin(name = "__new__", parameters = {"cls", "function"}, minArgs = 1, varArgs = "iterables")
    @GenerateNodeFactory
    public abstract static class MapNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound, @Cached PyObjectGetIterNode getIter) {
            Object[] iterables = ((PTuple) bound[2]).getItems();
            if (iterables.length == 0) {
                throw PRaiseNode.raise(this, TypeError, "map() must have at least two arguments.");
            }
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = getIter.execute(iterables[i]);
            }
            return new PMap(bound[1], iterators);
        }
    }
}
