package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
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
import org.minipy.nodes.object.Descriptors;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSlotDescriptor;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code member_descriptor}, what {@code __slots__} makes (Objects/descrobject.c member_get, member_set, member_repr). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.member_descriptor)
public final class MemberDescriptorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MemberDescriptorBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__get__", parameters = {"self", "instance", "owner"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object get(PSlotDescriptor self, Object instance, @SuppressWarnings("unused") Object owner) {
            return instance == PNone.NONE ? self : Descriptors.slotGet(this, self, instance);
        }
    }

    @Builtin(name = "__set__", parameters = {"self", "instance", "value"})
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object set(PSlotDescriptor self, Object instance, Object value) {
            Descriptors.set(this, self, instance, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delete__", parameters = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delete(PSlotDescriptor self, Object instance) {
            Descriptors.set(this, self, instance, null);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__name__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object name(PSlotDescriptor self) {
            return self.getName();
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static String repr(PSlotDescriptor self) {
            return "<member '" + self.getName() + "' of '" + self.getOwner().getName() + "' objects>";
        }
    }
}
