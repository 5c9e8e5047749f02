package org.minipy.builtins.types;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
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
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code range(stop)}, {@code range(start, stop[, step])} and its attributes (Objects/rangeobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.range)
public final class RangeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return RangeBuiltinsFactory.getFactories();
    }

    // range_new / range_vectorcall; BuiltinArgumentErrors words the argument-count errors as range_vectorcall
    @Builtin(name = "__new__", parameters = {"cls", "start", "stop", "step"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RangeNewNode extends PythonQuaternaryBuiltinNode {
        @Specialization(guards = {"isNoValue(stop)", "isNoValue(step)"})
        PRange doStop(Object cls, long start, @SuppressWarnings("unused") Object stop, @SuppressWarnings("unused") Object step) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            return new PRange(0, start, 1);
        }

        @Specialization(guards = {"isNoValue(step)", "!lengthOverflows(start, stop)"})
        PRange doStartStop(Object cls, long start, long stop, @SuppressWarnings("unused") Object step) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            return new PRange(start, stop, 1);
        }

        @Fallback
        @TruffleBoundary
        Object create(Object cls, Object first, Object second, Object third) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            if (second == PNone.NO_VALUE) {
                return PBigRange.create(BigInteger.ZERO, bound(first), BigInteger.ONE);
            }
            BigInteger start = bound(first);
            BigInteger stop = bound(second);
            BigInteger step = third == PNone.NO_VALUE ? BigInteger.ONE : bound(third);
            if (step.signum() == 0) {
                throw PRaiseNode.raise(this, ValueError, "range() arg 3 must not be zero");
            }
            return PBigRange.create(start, stop, step);
        }

        static boolean isNoValue(Object value) {
            return value == PNone.NO_VALUE;
        }

        /** Whether {@code stop - start} exceeds a long: such a range(start, stop) is a PBigRange. */
        static boolean lengthOverflows(long start, long stop) {
            return start < stop && stop - start < 0;
        }

        private BigInteger bound(Object value) {
            return IntMath.big(BuiltinArguments.index(this, value));
        }
    }

    @Builtin(name = "start", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StartNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long start(PRange self) {
            return self.getStart();
        }

        @Specialization
        static Object start(PBigRange self) {
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

        @Specialization
        static Object stop(PBigRange self) {
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

        @Specialization
        static Object step(PBigRange self) {
            return self.getStep();
        }
    }

    /** range_index: arithmetic for ints, element-wise comparison for anything else. */
    @Builtin(name = "index", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object index(Object self, Object value) {
            PBigRange range = rangeSelf(this, self, "index");
            if (IntMath.isInt(value)) {
                BigInteger position = range.position(IntMath.big(value));
                if (position.signum() < 0) {
                    throw PRaiseNode.raise(this, ValueError, "%s is not in range", PyObjectReprNode.getUncached().execute(value));
                }
                return PInt.normalize(position);
            }
            BigInteger position = range.search(this, value, false);
            if (position.signum() < 0) {
                throw PRaiseNode.raise(this, ValueError, "sequence.index(x): x not in sequence");
            }
            return PInt.normalize(position);
        }
    }

    /** range_count. */
    @Builtin(name = "count", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object value) {
            PBigRange range = rangeSelf(this, self, "count");
            if (IntMath.isInt(value)) {
                return range.position(IntMath.big(value)).signum() >= 0 ? 1L : 0L;
            }
            return PInt.normalize(range.search(this, value, true));
        }
    }

    private static PBigRange rangeSelf(Node node, Object self, String method) {
        if (!PBigRange.isRange(self)) {
            throw DescriptorErrors.wrongSelf(node, method, "range", self);
        }
        return PBigRange.of(self);
    }
}
