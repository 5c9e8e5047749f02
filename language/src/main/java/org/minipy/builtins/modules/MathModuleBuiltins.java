package org.minipy.builtins.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

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
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.nodes.operators.MulNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.formatting.FloatFormatter;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;
import static org.minipy.runtime.PythonBuiltinClassType.ZeroDivisionError;

/**
 * The {@code math} module (Modules/mathmodule.c). CPython calls glibc's libm; log, log2, log10, atan
 * and atan2 reproduce its results here, while exp, the trigonometric and the hyperbolic functions use
 * Java's Math, which agrees with glibc except in the last digit for about one argument in 200.
 */
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
    abstract static class AsDoubleNode extends PyBaseNode {
        abstract double execute(Object value);

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
                throw PRaiseNode.raise(this, TypeError, "%s.__float__ returned non-float (type %s)", cls.getName(), typeName(r));
            }
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "must be real number, not %s", cls.getName());
            }
            return IntMath.toDouble(this, index);
        }
    }

    @TruffleBoundary
    static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }

    /** An integral float as an int (float.__trunc__ after rounding): a long when it fits. */
    static Object floatToInt(PyBaseNode node, double value) {
        if (value >= -0x1p63 && value < 0x1p63) {
            return (long) value;
        }
        return floatToBigInt(node, value);
    }

    @TruffleBoundary
    private static Object floatToBigInt(PyBaseNode node, double value) {
        if (Double.isInfinite(value)) {
            throw PRaiseNode.raise(node, OverflowError, "cannot convert float infinity to integer");
        }
        if (Double.isNaN(value)) {
            throw PRaiseNode.raise(node, ValueError, "cannot convert float NaN to integer");
        }
        return PInt.normalize(new BigDecimal(value).toBigInteger());
    }

    /**
     * math.floor and math.ceil: ints come back unchanged, floats are rounded, and other objects use
     * their class's special method or else their float value.
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
                return callSpecial(method, value);
            }
            return floatToInt(this, round(asDouble.execute(value)));
        }

        /** The special method of a user class (builtin classes other than int and float have none of these). */
        @TruffleBoundary
        static Object lookupSpecial(Object value, String name) {
            PythonClass cls = GetClassNode.getUncached().execute(value);
            return cls.isBuiltin() ? null : cls.lookup(name);
        }

        @TruffleBoundary
        static Object callSpecial(Object method, Object value) {
            return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(value));
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
        Object doOther(Object value) {
            Object method = RoundingNode.lookupSpecial(value, "__trunc__");
            if (method == null) {
                throw PRaiseNode.raise(this, TypeError, "type %s doesn't define __trunc__ method", typeName(value));
            }
            return RoundingNode.callSpecial(method, value);
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

        /** FUNC1D's err_msg, a format for the argument's repr (3.14); null for FUNC1's "math domain error". */
        String domainErrorFormat() {
            return null;
        }

        @Specialization
        double call(Object x, @Cached AsDoubleNode asDouble) {
            double value = asDouble.execute(x);
            double r = compute(value);
            if (Double.isNaN(r) && !Double.isNaN(value)) {
                throw domainError(this, domainErrorFormat(), value);
            }
            if (Double.isInfinite(r) && Double.isFinite(value)) {
                throw PRaiseNode.raise(this, OverflowError, "math range error");
            }
            return r;
        }
    }

    /** math_1's ValueError: FUNC1D's message naming the argument (3.14), else "math domain error". */
    @TruffleBoundary
    static PException domainError(Node node, String format, double value) {
        if (format == null) {
            return PRaiseNode.raise(node, ValueError, "math domain error");
        }
        return PRaiseNode.raise(node, ValueError, format, FloatFormatter.repr(value));
    }

    @Builtin(name = "sqrt", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class SqrtNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a nonnegative input, got %s";
        }

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

    @Builtin(name = "sin", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class SinNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a finite input, got %s";
        }

        @Override
        double compute(double x) {
            return Math.sin(x);
        }
    }

    @Builtin(name = "cos", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class CosNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a finite input, got %s";
        }

        @Override
        double compute(double x) {
            return Math.cos(x);
        }
    }

    @Builtin(name = "tan", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class TanNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a finite input, got %s";
        }

        @Override
        double compute(double x) {
            return Math.tan(x);
        }
    }

    @Builtin(name = "asin", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class AsinNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a number in range from -1 up to 1, got %s";
        }

        @Override
        double compute(double x) {
            return Math.asin(x);
        }
    }

    @Builtin(name = "acos", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class AcosNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected a number in range from -1 up to 1, got %s";
        }

        @Override
        double compute(double x) {
            return Math.acos(x);
        }
    }

    @Builtin(name = "atan", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class AtanNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            if (x == 0.0 || Double.isNaN(x)) {
                return x;
            }
            if (Double.isInfinite(x)) {
                return Math.copySign(Math.PI / 2, x);
            }
            return CorrectlyRoundedAtan.atan(Math.abs(x), 1.0, x < 0, false);
        }
    }

    /**
     * atan and atan2 correctly rounded, as glibc's are (Math.atan is an ulp off for one argument in
     * ten): the angle is computed with 34 significant digits and rounded once.
     */
    static final class CorrectlyRoundedAtan {
        private static final MathContext MC = MathContext.DECIMAL128;
        private static final BigDecimal PI = new BigDecimal("3.14159265358979323846264338327950288419716939937510");
        private static final BigDecimal HALF_PI = PI.divide(BigDecimal.TWO);
        private static final BigDecimal EPSILON = new BigDecimal("1e-40");

        private CorrectlyRoundedAtan() {
        }

        /** The angle of (x, y) for positive finite y and x, negated and/or reflected to the left half. */
        @TruffleBoundary
        static double atan(double y, double x, boolean negate, boolean leftHalf) {
            BigDecimal ratio = new BigDecimal(y).divide(new BigDecimal(x), MC);
            BigDecimal angle;
            if (ratio.compareTo(BigDecimal.ONE) > 0) {
                angle = HALF_PI.subtract(series(BigDecimal.ONE.divide(ratio, MC)), MC);
            } else {
                angle = series(ratio);
            }
            if (leftHalf) {
                angle = PI.subtract(angle, MC);
            }
            double r = angle.doubleValue();
            return negate ? -r : r;
        }

        /** atan(t) for 0 < t <= 1: two argument halvings, t / (1 + sqrt(1 + t*t)), then the Taylor series. */
        private static BigDecimal series(BigDecimal t) {
            for (int i = 0; i < 2; i++) {
                t = t.divide(BigDecimal.ONE.add(BigDecimal.ONE.add(t.multiply(t, MC)).sqrt(MC)), MC);
            }
            BigDecimal t2 = t.multiply(t, MC).negate();
            BigDecimal power = t;
            BigDecimal sum = t;
            for (int k = 3; power.abs().compareTo(EPSILON) > 0; k += 2) {
                power = power.multiply(t2, MC);
                sum = sum.add(power.divide(BigDecimal.valueOf(k), MC), MC);
            }
            return sum.multiply(BigDecimal.valueOf(4));
        }
    }

    @Builtin(name = "sinh", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class SinhNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.sinh(x);
        }
    }

    @Builtin(name = "cosh", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class CoshNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.cosh(x);
        }
    }

    @Builtin(name = "tanh", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class TanhNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.tanh(x);
        }
    }

    @Builtin(name = "expm1", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class Expm1Node extends MathFunction1Node {
        @Override
        double compute(double x) {
            return Math.expm1(x);
        }
    }

    /** log1p(-1) is -inf in libm; CPython reports it, like every finite-to-infinite log, as a domain error. */
    @Builtin(name = "log1p", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class Log1pNode extends MathFunction1Node {
        @Override
        String domainErrorFormat() {
            return "expected argument value > -1, got %s";
        }

        @Override
        double compute(double x) {
            return x <= -1.0 ? Double.NaN : Math.log1p(x);
        }
    }

    @Builtin(name = "degrees", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class DegreesNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return x * (180.0 / Math.PI);
        }
    }

    @Builtin(name = "radians", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class RadiansNode extends MathFunction1Node {
        @Override
        double compute(double x) {
            return x * (Math.PI / 180.0);
        }
    }

    @Builtin(name = "atan2", parameters = {"y", "x"})
    @GenerateNodeFactory
    public abstract static class Atan2Node extends PythonBinaryBuiltinNode {
        @Specialization
        static double atan2(Object yObj, Object xObj, @Cached AsDoubleNode asY, @Cached AsDoubleNode asX) {
            double y = asY.execute(yObj);
            double x = asX.execute(xObj);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.NaN;
            }
            // m_atan2's special cases: infinities and zeros, where C libraries disagree
            boolean xPositive = Math.copySign(1.0, x) == 1.0;
            if (Double.isInfinite(y)) {
                if (Double.isInfinite(x)) {
                    return Math.copySign(xPositive ? 0.25 * Math.PI : 0.75 * Math.PI, y);
                }
                return Math.copySign(0.5 * Math.PI, y);
            }
            if (Double.isInfinite(x) || y == 0.0) {
                return Math.copySign(xPositive ? 0.0 : Math.PI, y);
            }
            if (x == 0.0) {
                return Math.copySign(0.5 * Math.PI, y);
            }
            return CorrectlyRoundedAtan.atan(Math.abs(y), Math.abs(x), y < 0, x < 0);
        }
    }

    /** math_fmod: C's fmod (Java's % on doubles), with a zero divisor or infinite dividend a domain error. */
    @Builtin(name = "fmod", parameters = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class FmodNode extends PythonBinaryBuiltinNode {
        @Specialization
        double fmod(Object xObj, Object yObj, @Cached AsDoubleNode asX, @Cached AsDoubleNode asY) {
            double x = asX.execute(xObj);
            double y = asY.execute(yObj);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return x;
            }
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
                throw PRaiseNode.raise(this, ValueError, "math domain error");
            }
            return r;
        }
    }

    @Builtin(name = "modf", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class ModfNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PTuple modf(Object xObj, @Cached AsDoubleNode asX) {
            double x = asX.execute(xObj);
            if (Double.isInfinite(x)) {
                return new PTuple(new Object[]{Math.copySign(0.0, x), x});
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PTuple(new Object[]{Math.copySign(x - whole, x), whole});
        }
    }

    /**
     * math_hypot (vector_norm): CPython rounds the Euclidean norm correctly in nearly all cases; the
     * exact sum of squares and a wide square root give the same results.
     */
    @Builtin(name = "hypot", varArgs = "coordinates")
    @GenerateNodeFactory
    public abstract static class HypotNode extends PythonVarargsBuiltinNode {
        private static final MathContext WIDE = new MathContext(40);

        @Specialization
        static double hypot(Object[] bound, @Cached AsDoubleNode asDouble) {
            Object[] args = ((PTuple) bound[0]).getItems();
            double[] values = new double[args.length];
            for (int i = 0; i < args.length; i++) {
                values[i] = asDouble.execute(args[i]);
            }
            return norm(values);
        }

        @TruffleBoundary
        private static double norm(double[] values) {
            boolean nan = false;
            BigDecimal sum = BigDecimal.ZERO;
            for (double v : values) {
                if (Double.isInfinite(v)) {
                    return Double.POSITIVE_INFINITY;
                }
                if (Double.isNaN(v)) {
                    nan = true;
                    continue;
                }
                BigDecimal d = new BigDecimal(v);
                sum = sum.add(d.multiply(d));
            }
            return nan ? Double.NaN : sum.sqrt(WIDE).doubleValue();
        }
    }

    /** The int value of an argument that must be an integer (operator.index), as a BigInteger. */
    @TruffleBoundary
    static BigInteger bigIndex(PyBaseNode node, Object value) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", typeName(value));
        }
        return IntMath.big(index);
    }

    @Builtin(name = "factorial", parameters = {"n"})
    @GenerateNodeFactory
    public abstract static class FactorialNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object factorial(Object n) {
            BigInteger value = bigIndex(this, n);
            if (value.signum() < 0) {
                throw PRaiseNode.raise(this, ValueError, "factorial() not defined for negative values");
            }
            if (value.bitLength() > 63) {
                throw PRaiseNode.raise(this, OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
            }
            return PInt.normalize(falling(value, 0, value.longValue()));
        }
    }

    /** The product of (n - i) for from <= i < to, by binary splitting so that the factors stay balanced. */
    static BigInteger falling(BigInteger n, long from, long to) {
        if (to - from <= 16) {
            BigInteger r = BigInteger.ONE;
            for (long i = from; i < to; i++) {
                r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            }
            return r;
        }
        long mid = from + (to - from) / 2;
        return falling(n, from, mid).multiply(falling(n, mid, to));
    }

    @Builtin(name = "isqrt", parameters = {"n"})
    @GenerateNodeFactory
    public abstract static class IsqrtNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isqrt(Object n) {
            BigInteger value = bigIndex(this, n);
            if (value.signum() < 0) {
                throw PRaiseNode.raise(this, ValueError, "isqrt() argument must be nonnegative");
            }
            return PInt.normalize(value.sqrt());
        }
    }

    /** math_comb: n! / (k! * (n-k)!), zero when k > n. */
    @Builtin(name = "comb", parameters = {"n", "k"})
    @GenerateNodeFactory
    public abstract static class CombNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object comb(Object nObj, Object kObj) {
            BigInteger n = bigIndex(this, nObj);
            BigInteger k = bigIndex(this, kObj);
            checkNonNegative(this, n, k);
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            BigInteger smaller = k.min(n.subtract(k));
            if (smaller.bitLength() > 63) {
                throw PRaiseNode.raise(this, OverflowError, "min(n - k, k) must not exceed %d", Long.MAX_VALUE);
            }
            long kk = smaller.longValue();
            return PInt.normalize(falling(n, 0, kk).divide(falling(BigInteger.valueOf(kk), 0, kk)));
        }
    }

    /** math_perm: n! / (n-k)!; perm(n) is n!. */
    @Builtin(name = "perm", parameters = {"n", "k"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class PermNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object perm(Object nObj, Object kObj) {
            BigInteger n = bigIndex(this, nObj);
            if (kObj == PNone.NO_VALUE || kObj == PNone.NONE) {
                if (n.signum() < 0) {
                    throw PRaiseNode.raise(this, ValueError, "factorial() not defined for negative values");
                }
                if (n.bitLength() > 63) {
                    throw PRaiseNode.raise(this, OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
                }
                return PInt.normalize(falling(n, 0, n.longValue()));
            }
            BigInteger k = bigIndex(this, kObj);
            checkNonNegative(this, n, k);
            if (k.compareTo(n) > 0) {
                return 0L;
            }
            if (k.bitLength() > 63) {
                throw PRaiseNode.raise(this, OverflowError, "k must not exceed %d", Long.MAX_VALUE);
            }
            return PInt.normalize(falling(n, 0, k.longValue()));
        }
    }

    private static void checkNonNegative(PyBaseNode node, BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PRaiseNode.raise(node, ValueError, "n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PRaiseNode.raise(node, ValueError, "k must be a non-negative integer");
        }
    }

    @Builtin(name = "lcm", varArgs = "integers")
    @GenerateNodeFactory
    public abstract static class LcmNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object lcm(Object[] bound) {
            BigInteger result = BigInteger.ONE;
            for (Object arg : ((PTuple) bound[0]).getItems()) {
                BigInteger value = bigIndex(this, arg).abs();
                if (value.signum() == 0 || result.signum() == 0) {
                    result = BigInteger.ZERO;
                } else {
                    result = result.divide(result.gcd(value)).multiply(value);
                }
            }
            return PInt.normalize(result);
        }
    }

    /** math_isclose: within rel_tol of the larger magnitude or within abs_tol; infinities only equal themselves. */
    @Builtin(name = "isclose", parameters = {"a", "b"}, positionalOnly = 0, keywordOnly = {"rel_tol", "abs_tol"})
    @GenerateNodeFactory
    public abstract static class IsCloseNode extends PythonVarargsBuiltinNode {
        @Specialization
        boolean isclose(Object[] bound, @Cached AsDoubleNode asA, @Cached AsDoubleNode asB,
                        @Cached AsDoubleNode asRel, @Cached AsDoubleNode asAbs) {
            double a = asA.execute(bound[0]);
            double b = asB.execute(bound[1]);
            double relTol = bound[2] == PNone.NO_VALUE ? 1e-9 : asRel.execute(bound[2]);
            double absTol = bound[3] == PNone.NO_VALUE ? 0.0 : asAbs.execute(bound[3]);
            if (relTol < 0.0 || absTol < 0.0) {
                throw PRaiseNode.raise(this, ValueError, "tolerances must be non-negative");
            }
            if (a == b) {
                return true;
            }
            if (Double.isInfinite(a) || Double.isInfinite(b)) {
                return false;
            }
            double diff = Math.abs(b - a);
            return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
        }
    }

    /** math_frexp: x = m * 2**e with 0.5 <= |m| < 1; zero, infinities and NaN come back with e = 0. */
    @Builtin(name = "frexp", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class FrexpNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PTuple frexp(Object xObj, @Cached AsDoubleNode asX) {
            double x = asX.execute(xObj);
            if (x == 0.0 || !Double.isFinite(x)) {
                return new PTuple(new Object[]{x, 0L});
            }
            int shift = 0;
            if (Math.getExponent(x) < Double.MIN_EXPONENT) {
                x *= 0x1p54;
                shift = 54;
            }
            int e = Math.getExponent(x) + 1;
            return new PTuple(new Object[]{Math.scalb(x, -e), (long) (e - shift)});
        }
    }

    /** math_ldexp: x * 2**i, OverflowError when a finite x overflows. */
    @Builtin(name = "ldexp", parameters = {"x", "i"})
    @GenerateNodeFactory
    public abstract static class LdexpNode extends PythonBinaryBuiltinNode {
        @Specialization
        double ldexp(Object xObj, Object iObj, @Cached AsDoubleNode asX) {
            double x = asX.execute(xObj);
            Object index = PyNumberIndexNode.getUncached().executeOrNull(iObj);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "Expected an int as second argument to ldexp.");
            }
            if (x == 0.0 || !Double.isFinite(x)) {
                return x;
            }
            long exp = index instanceof Long l ? l : (((PInt) index).getValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
            double r = Math.scalb(x, (int) Math.max(-10000, Math.min(10000, exp)));
            if (Double.isInfinite(r)) {
                throw PRaiseNode.raise(this, OverflowError, "math range error");
            }
            return r;
        }
    }

    /** math_prod: start (1 by default) times every item, with the * operator's semantics. */
    @Builtin(name = "prod", parameters = {"iterable"}, keywordOnly = {"start"})
    @GenerateNodeFactory
    public abstract static class ProdNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object prod(Object[] bound, @Cached MulNode mul) {
            Object result = bound[1] == PNone.NO_VALUE ? 1L : bound[1];
            for (Object item : IterableToArray.toArray(this, bound[0], null)) {
                result = mul.execute(result, item);
            }
            return result;
        }
    }

    /** math_fsum: the correctly rounded sum, computed exactly. */
    @Builtin(name = "fsum", parameters = {"seq"})
    @GenerateNodeFactory
    public abstract static class FsumNode extends PythonUnaryBuiltinNode {
        @Specialization
        double fsum(Object seq, @Cached AsDoubleNode asDouble) {
            Object[] items = IterableToArray.toArray(this, seq, null);
            double[] values = new double[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = asDouble.execute(items[i]);
            }
            return sum(values);
        }

        @TruffleBoundary
        private double sum(double[] values) {
            BigDecimal sum = BigDecimal.ZERO;
            double special = 0.0;
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    if (Double.isInfinite(special) && Double.isInfinite(v) && special != v) {
                        throw PRaiseNode.raise(this, ValueError, "-inf + inf in fsum");
                    }
                    special = Double.isNaN(special) ? special : v;
                } else {
                    sum = sum.add(new BigDecimal(v));
                }
            }
            if (special != 0.0) {
                return special;
            }
            double r = sum.doubleValue();
            if (Double.isInfinite(r)) {
                throw PRaiseNode.raise(this, OverflowError, "intermediate overflow in fsum");
            }
            return r;
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
     * The logarithms of glibc, which CPython calls: log and log2 are correctly rounded in practice, which
     * Math.log(x) / Math.log(2) is not. With x = m * 2**e and m near 1, log_b(x) = e * log_b(2) +
     * ln(m) / ln(b), where ln(m) = 2 atanh((m-1)/(m+1)) and every product is carried as a
     * double-double (a sum of two doubles). glibc's log10 is the older fdlibm formula, reproduced as is.
     */
    static final class DoubleDoubleLog {
        static final double LN2_HI = 0.6931471805599453;
        static final double LN2_LO = 2.3190468138462996e-17;
        static final double INV_LN2_HI = 1.4426950408889634;
        static final double INV_LN2_LO = 2.0355273740931033e-17;
        // the constants of glibc's e_log10.c
        private static final double IVLN10 = 4.34294481903251816668e-01;
        private static final double LOG10_2HI = 3.01029995663611771306e-01;
        private static final double LOG10_2LO = 3.69423907715893078616e-13;
        private static final double SQRT2 = 1.4142135623730951;

        private DoubleDoubleLog() {
        }

        /** log_b(x), given log_b(2) as kHi + kLo and 1/ln(b) as cHi + cLo. */
        static double log(double x, double kHi, double kLo, double cHi, double cLo) {
            if (!(x > 0.0) || Double.isInfinite(x)) {
                return Math.log(x);
            }
            int e = 0;
            if (x < Double.MIN_NORMAL) {
                x *= 0x1p54;
                e = -54;
            }
            e += Math.getExponent(x);
            double m = Math.scalb(x, -Math.getExponent(x));
            if (m > SQRT2) {
                m *= 0.5;
                e++;
            }
            // s = (m - 1) / (m + 1) as sHi + sLo: m - 1 is exact, m + 1 a two-sum
            double num = m - 1.0;
            double denHi = m + 1.0;
            double denLo = twoSumError(m, 1.0, denHi);
            double sHi = num / denHi;
            double sLo = (Math.fma(-sHi, denHi, num) - sHi * denLo) / denHi;
            // q = t/3 + t^2/5 + ... with t = s*s <= 0.03: below 0.01, so plain doubles are precise enough
            double t = sHi * sHi;
            double q = 0.0;
            for (int k = 27; k >= 3; k -= 2) {
                q = (q + 1.0 / k) * t;
            }
            double lnHi = 2.0 * sHi;
            double lnLo = 2.0 * (sLo + sHi * q);
            double aHi = lnHi * cHi;
            double aLo = Math.fma(lnHi, cHi, -aHi) + lnHi * cLo + lnLo * cHi;
            double bHi = e * kHi;
            double bLo = Math.fma(e, kHi, -bHi) + e * kLo;
            double sum = aHi + bHi;
            return sum + (twoSumError(aHi, bHi, sum) + aLo + bLo);
        }

        /** __ieee754_log10: y * log10(2) + log(m) / ln(10) with m in [1, 2), or [0.5, 1) below 1. */
        static double log10(double x) {
            if (!(x > 0.0) || Double.isInfinite(x)) {
                return Math.log(x);
            }
            int k = 0;
            if (x < Double.MIN_NORMAL) {
                x *= 0x1p54;
                k = -54;
            }
            int exponent = Math.getExponent(x);
            k += exponent;
            int i = k < 0 ? 1 : 0;
            double y = k + i;
            double m = Math.scalb(x, -(exponent + i));
            double z = y * LOG10_2LO + IVLN10 * log(m, LN2_HI, LN2_LO, 1.0, 0.0);
            return z + y * LOG10_2HI;
        }

        /** The rounding error of sum = a + b (Knuth's TwoSum). */
        private static double twoSumError(double a, double b, double sum) {
            double bVirtual = sum - a;
            return (a - (sum - bVirtual)) + (b - bVirtual);
        }
    }

    /**
     * loghelper: the natural logarithm of a float or of an int of any size. An int too large for a
     * double is split as m * 2**e (_PyLong_Frexp) so that its logarithm is still finite.
     */
    abstract static class LogNode extends PyBaseNode {
        /** The base: 0 for e, else 2 or 10. */
        private final int base;

        LogNode(int base) {
            this.base = base;
        }

        abstract double execute(Object value);

        private double log(double x) {
            return switch (base) {
                case 2 -> DoubleDoubleLog.log(x, 1.0, 0.0, DoubleDoubleLog.INV_LN2_HI, DoubleDoubleLog.INV_LN2_LO);
                case 10 -> DoubleDoubleLog.log10(x);
                default -> DoubleDoubleLog.log(x, DoubleDoubleLog.LN2_HI, DoubleDoubleLog.LN2_LO, 1.0, 0.0);
            };
        }

        @Specialization
        double doPInt(PInt value) {
            BigInteger v = value.getValue();
            if (v.signum() <= 0) {
                throw PRaiseNode.raise(this, ValueError, "expected a positive input");
            }
            return logOfBig(v);
        }

        @Fallback
        double doOther(Object value, @Cached AsDoubleNode asDouble) {
            double x = asDouble.execute(value);
            if (x <= 0.0) {
                // loghelper: an int is checked before it converts, so its message names no float
                if (value instanceof Long || value instanceof Boolean) {
                    throw PRaiseNode.raise(this, ValueError, "expected a positive input");
                }
                throw domainError(this, "expected a positive input, got %s", x);
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
                        @Cached(value = "createLog()", neverDefault = true) LogNode logX,
                        @Cached(value = "createLog()", neverDefault = true) LogNode logBase) {
            double num = logX.execute(x);
            if (base == PNone.NO_VALUE) {
                return num;
            }
            double den = logBase.execute(base);
            if (den == 0.0) {
                throw PRaiseNode.raise(this, ZeroDivisionError, "division by zero");
            }
            return num / den;
        }

        static LogNode createLog() {
            return MathModuleBuiltinsFactory.LogNodeGen.create(0);
        }
    }

    @Builtin(name = "log2", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class Log2Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double log2(Object x, @Cached(value = "createLog2()", neverDefault = true) LogNode log) {
            return log.execute(x);
        }

        static LogNode createLog2() {
            return MathModuleBuiltinsFactory.LogNodeGen.create(2);
        }
    }

    @Builtin(name = "log10", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class Log10Node extends PythonUnaryBuiltinNode {
        @Specialization
        static double log10(Object x, @Cached(value = "createLog10()", neverDefault = true) LogNode log) {
            return log.execute(x);
        }

        static LogNode createLog10() {
            return MathModuleBuiltinsFactory.LogNodeGen.create(10);
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
                    throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", typeName(arg));
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
