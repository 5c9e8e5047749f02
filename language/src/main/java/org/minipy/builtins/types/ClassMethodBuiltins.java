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
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.runtime.PClassMethod;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code classmethod} (Objects/funcobject.c cm_*): a callable that binds to the class. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.classmethod)
public final class ClassMethodBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ClassMethodBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "function"})
    @GenerateNodeFactory
    public abstract static class ClassMethodNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object create(@SuppressWarnings("unused") Object cls, Object function) {
            return new PClassMethod(function);
        }
    }

    @Builtin(name = "__func__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PClassMethod self) {
            return self.getCallable();
        }
    }

    @Builtin(name = "__wrapped__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WrappedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PClassMethod self) {
            return self.getCallable();
        }
    }

    /** cm_descr_get: bound to the owner, or to the instance's class when no owner is given. */
    @Builtin(name = "__get__", parameters = {"self", "instance", "owner"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object get(PClassMethod self, Object instance, Object owner, @Cached GetClassNode getClass) {
            Object type = owner == PNone.NO_VALUE || owner == PNone.NONE ? getClass.execute(instance) : owner;
            return new PMethod(type, self.getCallable());
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String repr(PClassMethod self, @Cached PyObjectReprNode repr) {
            return "<classmethod(" + repr.execute(self.getCallable()) + ")>";
        }
    }
}
