package org.minipy.builtins.types;

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
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code bool(x)}: the truth value of x (Objects/boolobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.bool)
public final class BoolBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BoolBuiltinsFactory.getFactories();
    }

    // bool_new / bool_vectorcall
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class BoolNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        boolean create(Object[] bound, @Cached PyObjectIsTrueNode isTrue) {
            PTuple args = (PTuple) bound[1];
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.bool, bound[0]);
            BuiltinArguments.noKeywords(this, "bool", (PDict) bound[2]);
            BuiltinArguments.checkPositional(this, "bool", args, 0, 1);
            return args.size() == 1 && isTrue.execute(args.get(0));
        }
    }
}
