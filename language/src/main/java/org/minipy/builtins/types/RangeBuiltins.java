package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
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

    // range_new / range_vectorcall; BuiltinArgumentErrors words the argument-count errors as range_vectorcall
    @Builtin(name = "__new__", parameters = {"cls", "start", "stop", "step"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RangeNewNode extends PythonQuaternaryBuiltinNode {
        @Specialization(guards = {"isNoValue(stop)", "isNoValue(step)"})
        PRange doStop(Object cls, long start, @SuppressWarnings("unused") Object stop, @SuppressWarnings("unused") Object step) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            return new PRange(0, start, 1);
        }

        @Specialization(guards = "isNoValue(step)")
        PRange doStartStop(Object cls, long start, long stop, @SuppressWarnings("unused") Object step) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            return checkLength(new PRange(start, stop, 1));
        }

        @Fallback
        @TruffleBoundary
        PRange create(Object cls, Object first, Object second, Object third) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.range, cls);
            if (second == PNone.NO_VALUE) {
                return new PRange(0, bound(first), 1);
            }
            long start = bound(first);
            long stop = bound(second);
            long step = third == PNone.NO_VALUE ? 1 : bound(third);
            if (step == 0) {
                throw PRaiseNode.raise(this, ValueError, "range() arg 3 must not be zero");
            }
            return checkLength(new PRange(start, stop, step));
        }

        /** A range of more items than a long counts is refused as its len() would be. */
        private PRange checkLength(PRange range) {
            if (range.getLength() < 0) {
                CompilerDirectives.transferToInterpreter();
                throw PRaiseNode.raise(this, OverflowError, "Python int too large to convert to C ssize_t");
            }
            return range;
        }

        static boolean isNoValue(Object value) {
            return value == PNone.NO_VALUE;
        }

        /** PRange holds longs: CPython's ranges beyond them are refused with the overflow of their len(). */
        private long bound(Object value) {
            if (BuiltinArguments.index(this, value) instanceof Long l) {
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

    /** range_index: arithmetic for ints, element-wise comparison for anything else. */
    @Builtin(name = "index", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object index(PRange self, Object value) {
            long position = position(this, self, value);
            if (position < 0) {
                if (value instanceof Long || value instanceof Boolean || value instanceof PInt) {
                    throw PRaiseNode.raise(this, ValueError, "%s is not in range", PyObjectReprNode.getUncached().execute(value));
                }
                throw PRaiseNode.raise(this, ValueError, "sequence.index(x): x not in sequence");
            }
            return position;
        }
    }

    /** range_count. */
    @Builtin(name = "count", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object count(PRange self, Object value) {
            if (value instanceof Long || value instanceof Boolean || value instanceof PInt) {
                return position(this, self, value) >= 0 ? 1L : 0L;
            }
            long n = 0;
            for (long i = 0; i < self.getLength(); i++) {
                if (RichCompare.eq(this, self.get(i), value)) {
                    n++;
                }
            }
            return n;
        }
    }

    @TruffleBoundary
    private static long position(Node node, PRange range, Object value) {
        if (value instanceof PInt) {
            // a range holds longs only
            return -1;
        }
        if (value instanceof Long || value instanceof Boolean) {
            long v = value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
            long offset = v - range.getStart();
            boolean inside = range.getStep() > 0 ? v >= range.getStart() && v < range.getStop() : v <= range.getStart() && v > range.getStop();
            return inside && offset % range.getStep() == 0 ? offset / range.getStep() : -1;
        }
        for (long i = 0; i < range.getLength(); i++) {
            if (RichCompare.eq(node, range.get(i), value)) {
                return i;
            }
        }
        return -1;
    }
}
