package org.minipy.builtins.types;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code slice(...)}, its attributes and {@code indices()} (Objects/sliceobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.slice)
public final class SliceBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SliceBuiltinsFactory.getFactories();
    }

    // slice_new / slice_vectorcall; BuiltinArgumentErrors words the argument-count errors as slice_vectorcall
    @Builtin(name = "__new__", parameters = {"cls", "start", "stop", "step"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class SliceNewNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object create(Object cls, Object first, Object second, Object step) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.slice, cls);
            if (second == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, first, PNone.NONE);
            }
            return new PSlice(first, second, step == PNone.NO_VALUE ? PNone.NONE : step);
        }
    }

    @Builtin(name = "start", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object start(PSlice self) {
            return self.getStart();
        }
    }

    @Builtin(name = "stop", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StopNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object stop(PSlice self) {
            return self.getStop();
        }
    }

    @Builtin(name = "step", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StepNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object step(PSlice self) {
            return self.getStep();
        }
    }

    /** slice_indices and _PySlice_GetLongIndices: on Python ints of any size, unlike the clamped PSlice.indices. */
    @Builtin(name = "indices", parameters = {"self", "length"})
    @GenerateNodeFactory
    public abstract static class IndicesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object indices(Object selfObject, Object lengthObject) {
            if (!(selfObject instanceof PSlice self)) {
                throw DescriptorErrors.wrongSelf(this, "indices", "slice", selfObject);
            }
            BigInteger length = IntMath.big(BuiltinArguments.index(this, lengthObject));
            if (length.signum() < 0) {
                throw PRaiseNode.raise(this, ValueError, "length should not be negative");
            }
            BigInteger step = self.getStep() == PNone.NONE ? BigInteger.ONE : sliceIndex(self.getStep());
            if (step.signum() == 0) {
                throw PRaiseNode.raise(this, ValueError, "slice step cannot be zero");
            }
            boolean backwards = step.signum() < 0;
            BigInteger lower = backwards ? BigInteger.ONE.negate() : BigInteger.ZERO;
            BigInteger upper = backwards ? length.subtract(BigInteger.ONE) : length;
            BigInteger start = self.getStart() == PNone.NONE ? (backwards ? upper : lower) : clamp(sliceIndex(self.getStart()), length, lower, upper);
            BigInteger stop = self.getStop() == PNone.NONE ? (backwards ? lower : upper) : clamp(sliceIndex(self.getStop()), length, lower, upper);
            return new PTuple(new Object[]{PInt.normalize(start), PInt.normalize(stop), PInt.normalize(step)});
        }

        private BigInteger sliceIndex(Object value) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "slice indices must be integers or None or have an __index__ method");
            }
            return IntMath.big(index);
        }

        private static BigInteger clamp(BigInteger index, BigInteger length, BigInteger lower, BigInteger upper) {
            BigInteger i = index.signum() < 0 ? index.add(length) : index;
            return i.max(lower).min(upper);
        }
    }
}
