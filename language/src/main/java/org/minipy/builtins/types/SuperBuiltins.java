package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PSuper;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.RuntimeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code super(type, obj)} and {@code super(type)}. The zero-argument form needs the caller's {@code __class__}
 * cell and first argument: the translator compiles a call {@code super()} in a function into SuperCallNode, so
 * only a call through another name arrives here without arguments.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.super_)
public final class SuperBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SuperBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class SuperNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object create(Object[] bound) {
            PTuple args = (PTuple) bound[1];
            if (((PDict) bound[2]).size() != 0) {
                throw PRaiseNode.raise(this, TypeError, "super() takes no keyword arguments");
            }
            if (args.size() > 2) {
                throw PRaiseNode.raise(this, TypeError, "super() expected at most 2 arguments, got %d", args.size());
            }
            if (args.size() == 0) {
                throw PRaiseNode.raise(this, RuntimeError, "super(): no arguments");
            }
            return PSuper.create(this, args.get(0), args.size() == 2 ? args.get(1) : null);
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class SuperReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        String repr(Object self) {
            if (!(self instanceof PSuper s)) {
                throw DescriptorErrors.wrongSelf(this, "__repr__", "super", self);
            }
            String thisClass = s.getThisClass().getName();
            if (s.getObjType() == null) {
                return "<super: <class '" + thisClass + "'>, NULL>";
            }
            return "<super: <class '" + thisClass + "'>, <" + s.getObjType().getName() + " object>>";
        }
    }
}
