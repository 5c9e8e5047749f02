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
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code staticmethod} (Objects/funcobject.c sm_*): a callable that binds to nothing. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.staticmethod)
public final class StaticMethodBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StaticMethodBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "function"})
    @GenerateNodeFactory
    public abstract static class StaticMethodNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object create(@SuppressWarnings("unused") Object cls, Object function) {
            return new PStaticMethod(function);
        }
    }

    @Builtin(name = "__func__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FuncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PStaticMethod self) {
            return self.getCallable();
        }
    }

    @Builtin(name = "__wrapped__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class WrappedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PStaticMethod self) {
            return self.getCallable();
        }
    }

    /** sm_descr_get. */
    @Builtin(name = "__get__", parameters = {"self", "instance", "owner"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object get(PStaticMethod self, @SuppressWarnings("unused") Object instance, @SuppressWarnings("unused") Object owner) {
            return self.getCallable();
        }
    }

    /** sm_call: a staticmethod is callable since 3.10. */
    @Builtin(name = "__call__", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object call(Object[] bound, @Cached PyObjectCallNode call) {
            return call.execute(((PStaticMethod) bound[0]).getCallable(), PArguments.ofStarred(((PTuple) bound[1]).getItems(), (PDict) bound[2]));
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String repr(PStaticMethod self, @Cached PyObjectReprNode repr) {
            return "<staticmethod(" + repr.execute(self.getCallable()) + ")>";
        }
    }
}
