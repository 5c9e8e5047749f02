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
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PFilter;
import org.minipy.runtime.PythonBuiltinClassType;

/** The class {@code filter} (Python/bltinmodule.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.filter)
public final class FilterBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FilterBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "function", "iterable"})
    @GenerateNodeFactory
    public abstract static class FilterNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object create(@SuppressWarnings("unused") Object cls, Object function, Object iterable, @Cached PyObjectGetIterNode getIter) {
            return new PFilter(function, getIter.execute(iterable));
        }
    }
}
