package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code list(iterable)}; the methods of list live in ListBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.list)
public final class ListNewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ListNewBuiltinsFactory.getFactories();
    }

    // list_vectorcall
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class ListNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            PTuple args = (PTuple) bound[1];
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.list, bound[0]);
            BuiltinArguments.noKeywords(this, "list", (PDict) bound[2]);
            BuiltinArguments.checkPositional(this, "list", args, 0, 1);
            return args.size() == 0 ? new PList() : new PList(IterableToArray.toArray(this, args.get(0), null));
        }
    }
}
