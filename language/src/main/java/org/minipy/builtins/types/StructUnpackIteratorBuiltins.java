package org.minipy.builtins.types;

import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PStructUnpackIterator;
import org.minipy.runtime.PythonBuiltinClassType;

/** Methods of {@code _struct.unpack_iterator}, the iterator of struct.iter_unpack (unpackiter_type). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.unpack_iterator)
public final class StructUnpackIteratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StructUnpackIteratorBuiltinsFactory.getFactories();
    }

    static PStructUnpackIterator asIterator(Node node, Object self, String method) {
        if (self instanceof PStructUnpackIterator it) {
            return it;
        }
        throw descriptorError(node, self, method);
    }

    @TruffleBoundary
    private static RuntimeException descriptorError(Node node, Object self, String method) {
        return DescriptorErrors.wrongSelf(node, method, "_struct.unpack_iterator", self);
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            return asIterator(this, self, "__iter__");
        }
    }

    @Builtin(name = "__next__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object next(Object self) {
            Object record = asIterator(this, self, "__next__").next();
            if (record == null) {
                throw PRaiseNode.raiseNoArgs(this, StopIteration);
            }
            return record;
        }
    }

    @Builtin(name = "__length_hint__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LengthHintNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object lengthHint(Object self) {
            return asIterator(this, self, "__length_hint__").lengthHint();
        }
    }
}
