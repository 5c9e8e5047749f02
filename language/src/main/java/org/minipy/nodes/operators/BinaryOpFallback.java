package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.statement.InPlaceOpNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * The end of every binary operator's specializations once the operands' slots ({@link BinarySlotNode}) gave
 * NotImplemented: CPython's "unsupported operand type(s)" TypeError, or the sequences' own messages.
 */
public final class BinaryOpFallback {
    private BinaryOpFallback() {
    }

    /** binary_op1 then its TypeError, for runtime code that reaches a user operand on an uncommon path. */
    @TruffleBoundary
    public static Object userOrRaise(Node location, String symbol, SpecialMethodSlot slot, Object left, Object right) {
        Object result = BinarySlotNode.getUncached().execute(left, right, slot);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        throw raiseUnsupported(location, symbol, left, right);
    }

    /** binary_op's TypeError; for the binary operator of an augmented assignment, binary_iop's, which names "+=". */
    @TruffleBoundary
    public static PException raiseUnsupported(Node location, String operator, Object left, Object right) {
        String symbol = location != null && location.getParent() instanceof InPlaceOpNode inPlace ? inPlace.getSymbol() : operator;
        PythonClass lc = GetClassNode.getUncached().execute(left);
        PythonClass rc = GetClassNode.getUncached().execute(right);
        throw PRaiseNode.raise(location, TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, lc.getName(), rc.getName());
    }

    /** {@code a + b} that no slot took: sq_concat's message where the left operand is a builtin sequence. */
    @TruffleBoundary
    public static PException raiseCannotConcat(Node location, Object left, Object right) {
        if (left instanceof String || left instanceof PList || left instanceof PTuple) {
            PythonClass lc = GetClassNode.getUncached().execute(left);
            PythonClass rc = GetClassNode.getUncached().execute(right);
            throw PRaiseNode.raise(location, TypeError, "can only concatenate %s (not \"%s\") to %s", lc.getName(), rc.getName(), lc.getName());
        }
        throw raiseUnsupported(location, "+", left, right);
    }

    /**
     * {@code seq * x} or {@code x * seq} that the operands' {@code __mul__} and {@code __rmul__} did not take:
     * sequence_repeat takes the count's {@code __index__} or raises its TypeError.
     */
    @TruffleBoundary
    public static Object repeatOrRaise(Node location, Object left, Object right) {
        Object seq = SequenceRepeat.isBuiltinSequence(left) ? left : (SequenceRepeat.isBuiltinSequence(right) ? right : null);
        if (seq == null) {
            throw raiseUnsupported(location, "*", left, right);
        }
        return SequenceRepeat.repeat(location, seq, seq == left ? right : left, "*");
    }
}
