package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * The end of every binary operator's specializations: user classes' {@code __op__}/{@code __rop__}
 * (binary_op1), then CPython's "unsupported operand type(s)" TypeError.
 */
public final class BinaryOpFallback {
    private BinaryOpFallback() {
    }

    @TruffleBoundary
    public static Object userOrRaise(Node location, String symbol, String dunder, Object left, Object right) {
        PythonClass lc = GetClassNode.getUncached().execute(left);
        PythonClass rc = GetClassNode.getUncached().execute(right);
        Object result = tryDunder(lc, "__" + dunder + "__", left, right);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        if (rc != lc) {
            result = tryDunder(rc, "__r" + dunder + "__", right, left);
            if (result != PNotImplemented.INSTANCE) {
                return result;
            }
        }
        throw PRaiseNode.raise(location, TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, lc.getName(), rc.getName());
    }

    /** {@code a + b}: the sequences' sq_concat messages where the left operand is a builtin sequence. */
    @TruffleBoundary
    public static Object concatOrRaise(Node location, Object left, Object right) {
        if (left instanceof String || left instanceof PList || left instanceof PTuple) {
            PythonClass lc = GetClassNode.getUncached().execute(left);
            PythonClass rc = GetClassNode.getUncached().execute(right);
            if (rc.isBuiltin() || rc.lookupSpecial("__radd__") == null) {
                throw PRaiseNode.raise(location, TypeError, "can only concatenate %s (not \"%s\") to %s", lc.getName(), rc.getName(), lc.getName());
            }
        }
        return userOrRaise(location, "+", "add", left, right);
    }

    /**
     * {@code seq * x} or {@code x * seq} with a count that is no int: binary_op1 tries the operands' {@code __mul__}
     * and {@code __rmul__} first, then sequence_repeat takes the count's {@code __index__} or raises its TypeError.
     */
    @TruffleBoundary
    public static Object repeatOrRaise(Node location, Object left, Object right) {
        Object seq = isSequence(left) ? left : (isSequence(right) ? right : null);
        if (seq == null) {
            return userOrRaise(location, "*", "mul", left, right);
        }
        PythonClass lc = GetClassNode.getUncached().execute(left);
        PythonClass rc = GetClassNode.getUncached().execute(right);
        Object result = tryDunder(lc, "__mul__", left, right);
        if (result == PNotImplemented.INSTANCE && rc != lc) {
            result = tryDunder(rc, "__rmul__", right, left);
        }
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        return SequenceRepeat.repeat(location, seq, seq == left ? right : left, "*");
    }

    private static boolean isSequence(Object o) {
        return o instanceof String || o instanceof PList || o instanceof PTuple || o instanceof PBytes || o instanceof PByteArray;
    }

    private static Object tryDunder(PythonClass cls, String name, Object self, Object other) {
        Object method = cls.lookupSpecial(name);
        if (method == null) {
            return PNotImplemented.INSTANCE;
        }
        return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(self, other));
    }
}
