package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;
import static org.minipy.runtime.PythonBuiltinClassType.ZeroDivisionError;

/** float floor division, modulo and power with CPython's sign rules and errors (Objects/floatobject.c). */
public final class FloatMath {
    private FloatMath() {
    }

    // float_rem
    public static double mod(double vx, double wx) {
        double mod = vx % wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        return mod;
    }

    // float_floor_div via _float_div_mod
    public static double floorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    // float_pow
    @TruffleBoundary
    public static double pow(Node location, double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (iv == 1.0) {
            // 1 ** anything is 1, NaN included (C99 pow)
            return 1.0;
        }
        if (iv == 0.0 && iw < 0 && !Double.isInfinite(iw)) {
            throw PRaiseNode.raise(location, ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (iv < 0 && iw != Math.floor(iw) && !Double.isInfinite(iw)) {
            throw PRaiseNode.raise(location, ValueError, "negative number cannot be raised to a fractional power");
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            throw PRaiseNode.raise(location, OverflowError, "(34, 'Numerical result out of range')");
        }
        return r;
    }
}
