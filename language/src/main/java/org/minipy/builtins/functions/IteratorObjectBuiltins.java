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
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;

/** The iterator protocol of the iterator classes of the builtins module: each is its own iterator. */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.enumerate, PythonBuiltinClassType.zip, PythonBuiltinClassType.map,
                PythonBuiltinClassType.filter, PythonBuiltinClassType.reversed})
public final class IteratorObjectBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IteratorObjectBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object next(Object self, @Cached PyIterNextNode next) {
            Object item = next.execute(self);
            if (item == null) {
                throw PRaiseNode.raiseNoArgs(this, StopIteration);
            }
            return item;
        }
    }
}
