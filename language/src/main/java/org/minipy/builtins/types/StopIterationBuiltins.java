package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code StopIteration.value}: the generator's return value, its first argument. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.StopIteration)
public final class StopIterationBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StopIterationBuiltinsFactory.getFactories();
    }

    // StopIteration_init stores args[0]; minipy derives it from args (an assigned value shadows this getter)
    @Builtin(name = "value", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ValueNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object value(PBaseException self) {
            PTuple args = self.getArgs();
            return args.size() > 0 ? args.get(0) : PNone.NONE;
        }
    }
}
