package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PNotImplemented;
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

    private static Object tryDunder(PythonClass cls, String name, Object self, Object other) {
        Object method = cls.lookupSpecial(name);
        if (method == null) {
            return PNotImplemented.INSTANCE;
        }
        return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(self, other));
    }
}
