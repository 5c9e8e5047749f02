package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.operators.BinaryOpFallback;
import org.minipy.nodes.operators.BinaryOpNode;
import org.minipy.nodes.operators.SequenceRepeat;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSet;

/**
 * {@code a op= b}: list, bytearray and array.array change in place for {@code +=} and {@code *=}
 * (list_inplace_concat, bytearray_iconcat, array_inplace_concat), a set for {@code |= &= -= ^=};
 * everything else falls back to the binary operator.
 */
public abstract class InPlaceOpNode extends BinaryOpNode {
    @Child private BinaryOpNode binary;
    protected final boolean isAdd;
    protected final boolean isMul;
    /** "or", "and", "sub" or "xor" for the operators a set has in place; else null. */
    protected final String setOperator;
    private final String symbol;

    protected InPlaceOpNode(BinaryOpNode binary, boolean isAdd, boolean isMul, String setOperator, String symbol) {
        this.binary = binary;
        this.isAdd = isAdd;
        this.isMul = isMul;
        this.setOperator = setOperator;
        this.symbol = symbol;
    }

    /** {@code symbol} is the augmented operator, such as "|=". */
    public static InPlaceOpNode create(BinaryOpNode binary, boolean isAdd, boolean isMul, String setOperator, String symbol) {
        return InPlaceOpNodeGen.create(binary, isAdd, isMul, setOperator, symbol);
    }

    @Specialization(guards = "isAdd")
    Object doListExtend(PList list, Object other, @Bind Node node) {
        extend(node, list, other);
        return list;
    }

    @TruffleBoundary
    private static void extend(Node node, PList list, Object other) {
        for (Object o : IterableToArray.toArray(node, other, null)) {
            list.append(o);
        }
    }

    @Specialization(guards = "isAdd")
    Object doByteArrayExtend(PByteArray array, Object other, @Bind Node node) {
        ByteArrayConcat.concatInPlace(node, array, other);
        return array;
    }

    @Specialization(guards = {"isMul", "isListOrByteArray(seq)"})
    Object doRepeat(Object seq, Object count, @Bind Node node) {
        Object repeated = SequenceRepeat.repeat(node, seq, count, "*=");
        if (seq instanceof PList list) {
            PList r = (PList) repeated;
            list.setContents(r);
        } else {
            PByteArray b = (PByteArray) seq;
            PByteArray r = (PByteArray) repeated;
            // bytearray_irepeat resizes, which exports forbid; b *= 1 keeps the size and the memory
            if (r.length() != b.length()) {
                b.checkCanResize(node);
                b.setContents(r.getBytes(), r.length());
            }
        }
        return seq;
    }

    /** array.array's in-place slots are its builtins __iadd__ and __imul__. */
    @Specialization(guards = "isAdd || isMul")
    Object doArray(PArray array, Object other) {
        return callInPlace(array, other, isAdd ? "__iadd__" : "__imul__");
    }

    /** set_ior and friends; for a non-set operand binary_iop1 tries the binary operator, whose error names "|=". */
    @Specialization(guards = {"setOperator != null", "!set.isFrozen()"})
    Object doSet(PSet set, Object other, @Bind Node node) {
        Object result = callInPlace(set, other, "__i" + setOperator + "__");
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        return BinaryOpFallback.userOrRaise(node, symbol, setOperator, set, other);
    }

    @TruffleBoundary
    private static Object callInPlace(Object self, Object other, String name) {
        Object method = GetClassNode.getUncached().execute(self).lookupSpecial(name);
        return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(self, other));
    }

    static boolean isListOrByteArray(Object o) {
        return o instanceof PList || o instanceof PByteArray;
    }

    @Fallback
    Object doBinary(Object a, Object b) {
        return binary.execute(a, b);
    }
}
