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
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code list(iterable)}; the methods of list live in ListBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.list)
public final class ListNewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ListNewBuiltinsFactory.getFactories();
    }

    // list_vectorcall; BuiltinArgumentErrors words the argument-count errors as it does
    @Builtin(name = "__new__", parameters = {"cls", "iterable"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class ListNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object create(Object cls, Object iterable) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.list, cls);
            return iterable == PNone.NO_VALUE ? new PList() : PList.of(IterableToArray.toArray(this, iterable, null));
        }
    }
}
