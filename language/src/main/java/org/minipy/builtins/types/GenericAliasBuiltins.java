package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PEllipsis;
import org.minipy.runtime.PGenericAlias;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;


/** types.GenericAlias (Objects/genericaliasobject.c): {@code memoryview[int]} and its attributes. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.GenericAlias)
public final class GenericAliasBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return GenericAliasBuiltinsFactory.getFactories();
    }

    /** The receiver, checked as a descriptor of GenericAlias checks it. */
    @TruffleBoundary
    static PGenericAlias self(Node node, Object self, String name) {
        if (self instanceof PGenericAlias alias) {
            return alias;
        }
        throw DescriptorErrors.wrongSelf(node, name, "types.GenericAlias", self);
    }

    @Builtin(name = "__origin__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class OriginNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object origin(Object self) {
            return self(this, self, "__origin__").getOrigin();
        }
    }

    @Builtin(name = "__args__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ArgsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object args(Object self) {
            return self(this, self, "__args__").getArgs();
        }
    }

    // ga_call: the alias constructs instances of its origin
    @Builtin(name = "__call__", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class CallNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object call(Object[] bound) {
            PGenericAlias self = self(this, bound[0], "__call__");
            PDict kwargs = (PDict) bound[2];
            String[] names = new String[kwargs.size()];
            Object[] values = new Object[kwargs.size()];
            int i = 0;
            for (Object[] entry : kwargs.entries()) {
                names[i] = (String) entry[0];
                values[i++] = entry[1];
            }
            Object[] positional = ((PTuple) bound[1]).getItems();
            return PyObjectCallNode.getUncached().execute(self.getOrigin(),
                            PArguments.create(self.getOrigin(), positional, names.length == 0 ? null : names, values));
        }
    }

    // ga_richcompare
    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object eq(Object selfArg, Object other) {
            PGenericAlias self = self(this, selfArg, "__eq__");
            if (!(other instanceof PGenericAlias o)) {
                return PNotImplemented.INSTANCE;
            }
            return RichCompare.eq(this, self.getOrigin(), o.getOrigin()) && RichCompare.eq(this, self.getArgs(), o.getArgs());
        }
    }

    // ga_repr: the origin and each argument as annotations write types
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object selfArg) {
            PGenericAlias self = self(this, selfArg, "__repr__");
            StringBuilder sb = new StringBuilder(typeRepr(self.getOrigin())).append('[');
            Object[] items = self.getArgs().getItems();
            if (items.length == 0) {
                sb.append("()");
            }
            for (int i = 0; i < items.length; i++) {
                sb.append(i > 0 ? ", " : "").append(typeRepr(items[i]));
            }
            return sb.append(']').toString();
        }

        // _Py_typing_type_repr
        private static String typeRepr(Object value) {
            if (value == PEllipsis.INSTANCE) {
                return "...";
            } else if (value instanceof PythonClass c) {
                String module = c.getModuleName();
                return "builtins".equals(module) ? c.getName() : module + "." + c.getName();
            }
            return PyObjectReprNode.getUncached().execute(value);
        }
    }
}
