package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code range(stop)}, {@code range(start, stop[, step])} and its attributes (Objects/rangeobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.range)
public final class RangeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return RangeBuiltinsFactory.getFactories();
    }

    // range_new / range_vectorcall
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class RangeNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PRange create(Object cls, PTuple args, PDict kwargs) {
            ConstructorArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            ConstructorArguments.noKeywords(this, "range", kwargs);
            ConstructorArguments.checkPositional(this, "range", args, 1, 3);
            if (args.size() == 1) {
                return new PRange(0, bound(args.get(0)), 1);
            }
            long start = bound(args.get(0));
            long stop = bound(args.get(1));
            long step = args.size() == 3 ? bound(args.get(2)) : 1;
            if (step == 0) {
                throw PRaiseNode.raise(this, ValueError, "range() arg 3 must not be zero");
            }
            return new PRange(start, stop, step);
        }

        /** PRange holds longs: CPython's ranges beyond them are refused with the overflow of their len(). */
        private long bound(Object value) {
            if (ConstructorArguments.index(this, value) instanceof Long l) {
                return l;
            }
            throw PRaiseNode.raise(this, OverflowError, "Python int too large to convert to C ssize_t");
        }
    }

    @Builtin(name = "start", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long start(PRange self) {
            return self.getStart();
        }
    }

    @Builtin(name = "stop", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StopNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long stop(PRange self) {
            return self.getStop();
        }
    }

    @Builtin(name = "step", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StepNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long step(PRange self) {
            return self.getStep();
        }
    }
}
