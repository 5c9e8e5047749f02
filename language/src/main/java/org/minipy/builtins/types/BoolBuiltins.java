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
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code bool(x)}: the truth value of x (Objects/boolobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.bool)
public final class BoolBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BoolBuiltinsFactory.getFactories();
    }

    // bool_new / bool_vectorcall; BuiltinArgumentErrors words the argument-count errors as bool_vectorcall
    @Builtin(name = "__new__", parameters = {"cls", "x"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class BoolNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean create(Object cls, Object x, @Cached PyObjectIsTrueNode isTrue) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.bool, cls);
            return x != PNone.NO_VALUE && isTrue.execute(x);
        }
    }
}
