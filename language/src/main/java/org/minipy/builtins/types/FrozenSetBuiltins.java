package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code frozenset(iterable)} and what only frozenset has: a hash, and copy() returning itself. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.frozenset)
public final class FrozenSetBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FrozenSetBuiltinsFactory.getFactories();
    }

    private static PSet self(Node node, Object self, String method) {
        if (self instanceof PSet set && set.isFrozen()) {
            return set;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.frozenset, self);
    }

    // frozenset_vectorcall: frozenset(f) is f itself
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class FrozenSetNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PSet create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.frozenset, cls);
            BuiltinArguments.noKeywords(this, "frozenset", kwargs);
            BuiltinArguments.checkPositional(this, "frozenset", args, 0, 1);
            if (args.size() == 0) {
                return new PSet(true);
            }
            Object iterable = args.get(0);
            if (iterable instanceof PSet set && set.isFrozen()) {
                return set;
            }
            return SetOperationBuiltins.newSet(this, true, iterable);
        }
    }

    @Builtin(name = "copy", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copy(Object self) {
            return self(this, self, "copy");
        }
    }

    @Builtin(name = "__hash__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object hash(Object self) {
            return self(this, self, "__hash__").hash();
        }
    }
}
