package org.minipy.builtins.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;
import static org.minipy.runtime.PythonBuiltinClassType.ZeroDivisionError;

/** The {@code math} module (Modules/mathmodule.c). */
@CoreFunctions(defineModule = "math")
public final class MathModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MathModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        module.put("pi", Math.PI);
        module.put("e", Math.E);
        module.put("tau", 2 * Math.PI);
        module.put("inf", Double.POSITIVE_INFINITY);
        module.put("nan", Double.NaN);
    }

    /**
     * PyFloat_AsDouble: a float, an int (OverflowError past the double range), or an object whose
     * class defines {@code __float__} or {@code __index__}.
     */
    public abstract static class AsDoubleNode extends PyBaseNode {
        public abstract double execute(Object value);

        @Specialization
        static double doDouble(double value) {
            return value;
        }

        @Specialization
        static double doLong(long value) {
            return value;
        }

        @Specialization
        double doPInt(PInt value) {
            return IntMath.toDouble(this, value);
        }

        @Fallback
        @TruffleBoundary
        double doOther(Object value) {
            PythonClass cls = GetClassNode.getUncached().execute(value);
            Object toFloat = cls.isBuiltin() ? null : cls.lookup("__float__");
            if (toFloat != null) {
                Object r = PyObjectCallNode.getUncached().execute(toFloat, PArguments.ofPositional(value));
                if (r instanceof Double d) {
                    return d;
                }
                throw PRaiseNode.raise(this, TypeError, "%s.__float__ returned non-float (type %s)", cls.getName(),
                                GetClassNode.getUncached().execute(r).getName());
            }
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "must be real number, not %s", cls.getName());
            }
            return IntMath.toDouble(this, index);
        }
    }

    /** The int nearest a float in one direction, as float.__floor__ / __ceil__ / __trunc__. */
    @TruffleBoundary
    static Object floatToInt(PyBaseNode node, double value) {
        if (Double.isInfinite(value)) {
            throw PRaiseNode.raise(node, OverflowError, "cannot convert float infinity to integer");
        }
        if (Double.isNaN(value)) {
            throw PRaiseNode.raise(node, ValueError, "cannot convert float NaN to integer");
        }
        if (value >= -0x1p63 && value < 0x1p63) {
            return (long) value;
        }
        return PInt.normalize(new BigDecimal(value).toBigInteger());
    }

    /**
     * math.floor, math.ceil and math.trunc: ints come back unchanged, floats are rounded, and other
     * objects use their class's special method (or, for floor and ceil, their float value).
     */
    abstract static class RoundingNode extends PythonUnaryBuiltinNode {
        // overridden by each function; not abstract because the DSL also generates this base class
        double round(double value) {
            throw CompilerDirectives.shouldNotReachHere();
        }

        String specialMethod() {
            throw CompilerDirectives.shouldNotReachHere();
        }

        @Specialization
        static long doLong(long value) {
            return value;
        }

        @Specialization
        static PInt doPInt(PInt value) {
            return value;
        }

        @Specialization
        Object doDouble(double value) {
            return floatToInt(this, round(value));
        }

        @Fallback
        Object doOther(Object value, @Cached AsDoubleNode asDouble) {
            Object method = lookupSpecial(value, specialMethod());
            if (method != null) {
                return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(value));
            }
            return floatToInt(this, round(asDouble.execute(value)));
        }

        @TruffleBoundary
        static Object lookupSpecial(Object value, String name) {
            PythonClass cls = GetClassNode.getUncached().execute(value);
            return cls.isBuiltin() ? null : cls.lookup(name);
        }
    }

    @Builtin(name = "floor", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class FloorNode extends RoundingNode {
        @Override
        double round(double value) {
            return Math.floor(value);
        }

        @Override
        String specialMethod() {
            return "__floor__";
        }
    }

    @Builtin(name = "ceil", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class CeilNode extends RoundingNode {
        @Override
        double round(double value) {
            return Math.ceil(value);
        }

        @Override
        String specialMethod() {
            return "__ceil__";
        }
    }

    /** Unlike floor and ceil, trunc never falls back to the float value: only __trunc__ counts. */
    @Builtin(name = "trunc", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class TruncNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long doLong(long value) {
            return value;
        }

        @Specialization
        static PInt doPInt(PInt value) {
            return value;
        }

        @Specialization
        Object doDouble(double value) {
            return floatToInt(this, value);
        }

        @Fallback
        @TruffleBoundary
        Object doOther(Object value) {
            Object method = RoundingNode.lookupSpecial(value, "__trunc__");
            if (method == null) {
                throw PRaiseNode.raise(this, TypeError, "type %s doesn't define __trunc__ method", GetClassNode.getUncached().execute(value).getName());
            }
            return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(value));
        }
    }

    @Builtin(name = "isnan", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class IsNanNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean isnan(Object x, @Cached AsDoubleNode asDouble) {
            return Double.isNaN(asDouble.execute(x));
        }
    }

    @Builtin(name = "isinf", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class IsInfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean isinf(Object x, @Cached AsDoubleNode asDouble) {
            return Double.isInfinite(asDouble.execute(x));
        }
    }

    @Builtin(name = "isfinite", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class IsFiniteNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean isfinite(Object x, @Cached AsDoubleNode asDouble) {
            return Double.isFinite(asDouble.execute(x));
        }
    }

    /**
     * math_1: a one-argument libm function, with CPython's errors: a NaN from a non-NaN argument is a
     * domain error, an infinity from a finite one is a range error (OverflowError).
     */
    abstract static class MathFunction1Node extends PythonUnaryBuiltinNode {
        // overridden by each function; not abstract because the DSL also generates this base class
        double compute(double x) {
            throw CompilerDirectives.shouldNotReachHere();
        }

        @Specialization
        double call(Object x, @Cached AsDoubleNode asDouble) {
            double value = asDouble.execute(x);
            double r = compute(value);
            if (Double.isNaN(r) && !Double.isNaN(value)) {
                throw PRaiseNode.raise(this, ValueError, "math domain error");
            }
            if (Double.isInfinite(r) && Double.isFinite(value)) {
                throw PRaiseNode.raise(this, OverflowError, "math range error");
            }
            return r;
        }
    }

    @Builtin(name = "sqrt", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.sqrt(x);
        }
    }

    @Builtin(name = "exp", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class ExpNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.exp(x);
        }
    }

    @Builtin(name = "fabs", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class FabsNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.abs(x);
        }
    }

    @Builtin(name = "copysign", parameters = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class CopySignNode extends PythonBinaryBuiltinNode {
        @Specialization
        static double copysign(Object x, Object y, @Cached AsDoubleNode asX, @Cached AsDoubleNode asY) {
            return Math.copySign(asX.execute(x), asY.execute(y));
        }
    }

    /** math_pow: IEEE special values handled directly, libm's pow for finite operands. */
    @Builtin(name = "pow", parameters = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class PowNode extends PythonBinaryBuiltinNode {
        @Specialization
        double pow(Object xObj, Object yObj, @Cached AsDoubleNode asX, @Cached AsDoubleNode asY) {
            double x = asX.execute(xObj);
            double y = asY.execute(yObj);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                return powSpecial(x, y);
            }
            double r = Math.pow(x, y);
            if (Double.isNaN(r) || (Double.isInfinite(r) && x == 0.0)) {
                throw PRaiseNode.raise(this, ValueError, "math domain error");
            }
            if (Double.isInfinite(r)) {
                throw PRaiseNode.raise(this, OverflowError, "math range error");
            }
            return r;
        }

        private static double powSpecial(double x, double y) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            } else if (Math.abs(x) == 1.0) {
                return 1.0;
            } else if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            } else if (y < 0.0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
    }

    /**
     * loghelper: the natural logarithm of a float or of an int of any size. An int too large for a
     * double is split as m * 2**e (_PyLong_Frexp) so that its logarithm is still finite.
     */
    abstract static class LogNode extends PyBaseNode {
        /** log10 instead of the natural logarithm. */
        private final boolean decimal;

        LogNode(boolean decimal) {
            this.decimal = decimal;
        }

        abstract double execute(Object value);

        private double log(double x) {
            return decimal ? Math.log10(x) : Math.log(x);
        }

        @Specialization
        double doPInt(PInt value) {
            BigInteger v = value.getValue();
            if (v.signum() <= 0) {
                throw PRaiseNode.raise(this, ValueError, "math domain error");
            }
            return logOfBig(v);
        }

        @Fallback
        double doOther(Object value, @Cached AsDoubleNode asDouble) {
            double x = asDouble.execute(value);
            if (Double.isFinite(x) && x <= 0.0) {
                throw PRaiseNode.raise(this, ValueError, "math domain error");
            }
            return log(x);
        }

        @TruffleBoundary
        private double logOfBig(BigInteger v) {
            double d = v.doubleValue();
            if (Double.isFinite(d)) {
                return log(d);
            }
            // _PyLong_Frexp: keep 60 bits plus a sticky bit so that converting to double rounds once
            int e = v.bitLength();
            int shift = e - 60;
            BigInteger top = v.shiftRight(shift);
            if (v.getLowestSetBit() < shift) {
                top = top.setBit(0);
            }
            double m = Math.scalb(top.doubleValue(), -60);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return log(m) + log(2.0) * e;
        }
    }

    @Builtin(name = "log", parameters = {"x", "base"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class LogFunctionNode extends PythonBinaryBuiltinNode {
        @Specialization
        double log(Object x, Object base,
                        @Cached("createLog()") LogNode logX,
                        @Cached("createLog()") LogNode logBase) {
            double num = logX.execute(x);
            if (base == PNone.NO_VALUE) {
                return num;
            }
            double den = logBase.execute(base);
            if (den == 0.0) {
                throw PRaiseNode.raise(this, ZeroDivisionError, "float division by zero");
            }
            return num / den;
        }

        static LogNode createLog() {
            return MathModuleBuiltinsFactory.LogNodeGen.create(false);
        }
    }

    @Builtin(name = "log10", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double log10(Object x, @Cached("createLog10()") LogNode log) {
            return log.execute(x);
        }

        static LogNode createLog10() {
            return MathModuleBuiltinsFactory.LogNodeGen.create(true);
        }
    }

    /** math_gcd: any number of integers (objects with __index__), the result never negative. */
    @Builtin(name = "gcd", varArgs = "integers")
    @GenerateNodeFactory
    public abstract static class GcdNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object gcd(Object[] bound, @Cached PyNumberIndexNode index) {
            Object[] args = ((PTuple) bound[0]).getItems();
            Object result = 0L;
            for (Object arg : args) {
                Object value = index.executeOrNull(arg);
                if (value == null) {
                    throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer",
                                    GetClassNode.getUncached().execute(arg).getName());
                }
                result = gcd(result, value);
            }
            return result;
        }

        @TruffleBoundary
        private static Object gcd(Object a, Object b) {
            return PInt.normalize(IntMath.big(a).gcd(IntMath.big(b)));
        }
    }
}
