package org.minipy.builtins.modules;

import java.time.Instant;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
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
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * The {@code time} module (Modules/timemodule.c). perf_counter and monotonic share the JVM's
 * monotonic clock, as CPython uses CLOCK_MONOTONIC for both on Linux.
 */
@CoreFunctions(defineModule = "time")
public final class TimeModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TimeModuleBuiltinsFactory.getFactories();
    }

    @TruffleBoundary
    private static long nanoTime() {
        return System.nanoTime();
    }

    @TruffleBoundary
    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Builtin(name = "perf_counter")
    @GenerateNodeFactory
    public abstract static class PerfCounterNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double perfCounter(@SuppressWarnings("unused") Object[] bound) {
            return nanoTime() / 1e9;
        }
    }

    @Builtin(name = "perf_counter_ns")
    @GenerateNodeFactory
    public abstract static class PerfCounterNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long perfCounterNs(@SuppressWarnings("unused") Object[] bound) {
            return nanoTime();
        }
    }

    @Builtin(name = "monotonic")
    @GenerateNodeFactory
    public abstract static class MonotonicNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double monotonic(@SuppressWarnings("unused") Object[] bound) {
            return nanoTime() / 1e9;
        }
    }

    @Builtin(name = "monotonic_ns")
    @GenerateNodeFactory
    public abstract static class MonotonicNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long monotonicNs(@SuppressWarnings("unused") Object[] bound) {
            return nanoTime();
        }
    }

    @Builtin(name = "time")
    @GenerateNodeFactory
    public abstract static class TimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        static double time(@SuppressWarnings("unused") Object[] bound) {
            return epochNanos() / 1e9;
        }
    }

    @Builtin(name = "time_ns")
    @GenerateNodeFactory
    public abstract static class TimeNsNode extends PythonVarargsBuiltinNode {
        @Specialization
        static long timeNs(@SuppressWarnings("unused") Object[] bound) {
            return epochNanos();
        }
    }

    /** time_sleep: seconds as a float or an int (_PyTime_FromSecondsObject's checks and messages). */
    @Builtin(name = "sleep", parameters = {"secs"})
    @GenerateNodeFactory
    public abstract static class SleepNode extends PythonUnaryBuiltinNode {
        /** CPython's PyTime_t counts nanoseconds in 64 bits; time_t bounds whole seconds. */
        private static final double MAX_SECONDS = Long.MAX_VALUE / 1e9;

        @Specialization
        Object sleep(double secs) {
            if (Double.isNaN(secs)) {
                throw PRaiseNode.raise(this, ValueError, "Invalid value NaN (not a number)");
            }
            if (secs < 0) {
                throw PRaiseNode.raise(this, ValueError, "sleep length must be non-negative");
            }
            if (secs >= MAX_SECONDS) {
                throw PRaiseNode.raise(this, OverflowError, "timestamp out of range for platform time_t");
            }
            sleepNanos((long) (secs * 1e9));
            return PNone.NONE;
        }

        @Fallback
        @TruffleBoundary
        Object sleep(Object secs) {
            Object value = PyNumberIndexNode.getUncached().executeOrNull(secs);
            if (value == null) {
                throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer",
                                GetClassNode.getUncached().execute(secs).getName());
            }
            if (value instanceof PInt || (long) value > Long.MAX_VALUE / 1_000_000_000L) {
                throw PRaiseNode.raise(this, OverflowError, "timestamp too large to convert to C PyTime_t");
            }
            long seconds = (long) value;
            if (seconds < 0) {
                throw PRaiseNode.raise(this, ValueError, "sleep length must be non-negative");
            }
            sleepNanos(seconds * 1_000_000_000L);
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void sleepNanos(long nanos) {
            try {
                Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
