package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code type}: with one argument, the class of a value. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.type)
public final class TypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TypeBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "object"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class TypeNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object type(@SuppressWarnings("unused") Object cls, Object object, @Cached GetClassNode getClass) {
            if (object == PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "type() takes 1 or 3 arguments");
            }
            return getClass.execute(object);
        }
    }
}
