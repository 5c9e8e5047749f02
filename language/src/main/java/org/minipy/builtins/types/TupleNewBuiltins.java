package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code tuple(iterable)}; the methods of tuple live in TupleBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.tuple)
public final class TupleNewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TupleNewBuiltinsFactory.getFactories();
    }

    // tuple_vectorcall: a tuple is immutable, so tuple(t) is t itself
    @Builtin(name = "__new__", parameters = {"cls", "iterable"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class TupleNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object create(Object cls, Object iterable) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.tuple, cls);
            if (iterable == PNone.NO_VALUE) {
                return PTuple.EMPTY;
            }
            if (iterable instanceof PTuple t && t.getUserClass() == null) {
                return t;
            }
            Object[] items = IterableToArray.toArray(this, iterable, null);
            return items.length == 0 ? PTuple.EMPTY : new PTuple(items);
        }
    }
}
