package org.minipy.nodes.expression;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PInt;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;
import org.minipy.nodes.object.CallSpecialMethodNode;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** Unary {@code -x}, {@code +x} and {@code ~x}; the operator is a constant of the node. */
@NodeChild("operand")
public abstract class UnaryOpNode extends ExpressionNode {
    public enum Kind {
        NEG("-", SpecialMethodSlot.NEG),
        POS("+", SpecialMethodSlot.POS),
        INVERT("~", SpecialMethodSlot.INVERT);

        final String symbol;
        final SpecialMethodSlot slot;

        Kind(String symbol, SpecialMethodSlot slot) {
            this.symbol = symbol;
            this.slot = slot;
        }
    }

    protected final Kind kind;

    protected UnaryOpNode(Kind kind) {
        this.kind = kind;
    }

    public static UnaryOpNode create(Kind kind, ExpressionNode operand) {
        return UnaryOpNodeGen.create(kind, operand);
    }

    @Specialization(guards = "!isMinLong(value)")
    long doLong(long value) {
        return switch (kind) {
            case NEG -> -value;
            case POS -> value;
            case INVERT -> ~value;
        };
    }

    @Specialization
    double doDouble(double value, @Bind Node node) {
        return switch (kind) {
            case NEG -> -value;
            case POS -> value;
            case INVERT -> throw PRaiseNode.raise(node, TypeError, "bad operand type for unary ~: 'float'");
        };
    }

    @Specialization(guards = "isInt(value)")
    @TruffleBoundary
    Object doBig(Object value) {
        return switch (kind) {
            case NEG -> IntMath.negate(value);
            case POS -> PInt.normalize(IntMath.big(value));
            case INVERT -> PInt.normalize(IntMath.big(value).not());
        };
    }

    static boolean isMinLong(long value) {
        return value == Long.MIN_VALUE;
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    Object doGeneric(Object value, @Bind Node node, @Cached CallSpecialMethodNode callUnary) {
        Object result = callUnary.call(value, kind.slot);
        if (result == null) {
            throw badOperand(node, value);
        }
        return result;
    }

    @TruffleBoundary
    private PException badOperand(Node node, Object value) {
        throw PRaiseNode.raise(node, TypeError, "bad operand type for unary %s: '%s'", kind.symbol, GetClassNode.getUncached().execute(value).getName());
    }
}
