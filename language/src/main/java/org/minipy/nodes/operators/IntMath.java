package org.minipy.nodes.operators;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PInt;

import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;
import static org.minipy.runtime.PythonBuiltinClassType.ZeroDivisionError;

/**
 * Python int arithmetic beyond the long range (Objects/longobject.c), kept behind boundaries: the
 * operator nodes reach it only after a long operation overflowed or when an operand is a PInt.
 */
public final class IntMath {
    private IntMath() {
    }

    /** Accepts Long, Boolean or PInt. */
    @TruffleBoundary
    public static BigInteger big(Object v) {
        if (v instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PInt) v).getValue();
    }

    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof PInt;
    }

    @TruffleBoundary
    public static Object add(Object a, Object b) {
        return PInt.normalize(big(a).add(big(b)));
    }

    @TruffleBoundary
    public static Object sub(Object a, Object b) {
        return PInt.normalize(big(a).subtract(big(b)));
    }

    @TruffleBoundary
    public static Object mul(Object a, Object b) {
        return PInt.normalize(big(a).multiply(big(b)));
    }

    @TruffleBoundary
    public static Object floorDiv(Node location, Object a, Object b) {
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PRaiseNode.raise(location, ZeroDivisionError, "division by zero");
        }
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PInt.normalize(q);
    }

    @TruffleBoundary
    public static Object mod(Node location, Object a, Object b) {
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PRaiseNode.raise(location, ZeroDivisionError, "division by zero");
        }
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return PInt.normalize(r);
    }

    /** Correctly rounded int / int, as long_true_divide. */
    @TruffleBoundary
    public static double trueDiv(Node location, Object a, Object b) {
        BigInteger x = big(a);
        BigInteger y = big(b);
        if (y.signum() == 0) {
            throw PRaiseNode.raise(location, ZeroDivisionError, "division by zero");
        }
        if (x.bitLength() <= 53 && y.bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        BigDecimal q = new BigDecimal(x).divide(new BigDecimal(y), new MathContext(40, RoundingMode.HALF_EVEN));
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PRaiseNode.raise(location, OverflowError, "integer division result too large for a float");
        }
        return d;
    }

    @TruffleBoundary
    public static Object pow(Node location, Object a, long exponent) {
        BigInteger base = big(a);
        if (exponent > Integer.MAX_VALUE || (base.bitLength() > 1 && exponent * base.bitLength() > 1L << 34)) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return PInt.normalize(base.signum() < 0 && (exponent & 1) == 0 ? BigInteger.ONE : base);
            }
            throw PRaiseNode.raise(location, MemoryError, "");
        }
        return PInt.normalize(base.pow((int) exponent));
    }

    @TruffleBoundary
    public static Object powMod(Node location, Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) {
            throw PRaiseNode.raise(location, ValueError, "pow() 3rd argument cannot be 0");
        }
        BigInteger base = big(a);
        BigInteger exp = big(b);
        BigInteger absMod = mod.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(absMod);
            } catch (ArithmeticException e) {
                throw PRaiseNode.raise(location, ValueError, "base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        r = absMod.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, absMod);
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        return PInt.normalize(r);
    }

    @TruffleBoundary
    public static Object lshift(Node location, Object a, Object b) {
        BigInteger count = big(b);
        if (count.signum() < 0) {
            throw PRaiseNode.raise(location, ValueError, "negative shift count");
        }
        BigInteger x = big(a);
        if (x.signum() == 0) {
            return 0L;
        }
        if (count.bitLength() > 31 || count.intValue() > (1 << 30)) {
            throw PRaiseNode.raise(location, MemoryError, "");
        }
        return PInt.normalize(x.shiftLeft(count.intValue()));
    }

    @TruffleBoundary
    public static Object rshift(Node location, Object a, Object b) {
        BigInteger count = big(b);
        if (count.signum() < 0) {
            throw PRaiseNode.raise(location, ValueError, "negative shift count");
        }
        BigInteger x = big(a);
        if (count.bitLength() > 31) {
            return x.signum() < 0 ? -1L : 0L;
        }
        return PInt.normalize(x.shiftRight(count.intValue()));
    }

    @TruffleBoundary
    public static Object and(Object a, Object b) {
        return PInt.normalize(big(a).and(big(b)));
    }

    @TruffleBoundary
    public static Object or(Object a, Object b) {
        return PInt.normalize(big(a).or(big(b)));
    }

    @TruffleBoundary
    public static Object xor(Object a, Object b) {
        return PInt.normalize(big(a).xor(big(b)));
    }

    @TruffleBoundary
    public static Object negate(Object a) {
        return PInt.normalize(big(a).negate());
    }

    /** int to float, as PyLong_AsDouble: correctly rounded, OverflowError past the double range. */
    @TruffleBoundary
    public static double toDouble(Node location, Object a) {
        if (a instanceof Long l) {
            return l;
        }
        double d = big(a).doubleValue();
        if (Double.isInfinite(d)) {
            throw PRaiseNode.raise(location, OverflowError, "int too large to convert to float");
        }
        return d;
    }

    @TruffleBoundary
    public static int compare(Object a, Object b) {
        return big(a).compareTo(big(b));
    }
}
