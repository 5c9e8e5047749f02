package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.object.CallSpecialMethodNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.operators.BinaryOpFallback;
import org.minipy.nodes.operators.BinaryOpNode;
import org.minipy.nodes.operators.SequenceRepeat;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSet;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * {@code a op= b} (binary_iop1): list, bytearray and array.array change in place for {@code +=} and {@code *=}
 * (list_inplace_concat, bytearray_iconcat, array_inplace_concat), a set for {@code |= &= -= ^=}, a user class
 * through its {@code __iop__}; everything else, and an {@code __iop__} that returns NotImplemented, falls back
 * to the binary operator.
 */
@ImportStatic(GetClassNode.class)
public abstract class InPlaceOpNode extends BinaryOpNode {
    @Child private BinaryOpNode binary;
    /** The binary operator's slot ({@code __add__}); its in-place slot is {@code inPlace}. */
    protected final SpecialMethodSlot slot;
    protected final SpecialMethodSlot inPlace;
    protected final boolean isAdd;
    protected final boolean isMul;
    /** Whether a set has this operator in place ({@code |= &= -= ^=}). */
    protected final boolean isSetOperator;
    /** The augmented operator, such as "|=". */
    private final String symbol;

    protected InPlaceOpNode(BinaryOpNode binary, SpecialMethodSlot slot, String symbol) {
        this.binary = binary;
        this.slot = slot;
        this.inPlace = slot.getInPlace();
        this.isAdd = slot == SpecialMethodSlot.ADD;
        this.isMul = slot == SpecialMethodSlot.MUL;
        this.isSetOperator = slot == SpecialMethodSlot.OR || slot == SpecialMethodSlot.AND || slot == SpecialMethodSlot.SUB || slot == SpecialMethodSlot.XOR;
        this.symbol = symbol;
    }

    public String getSymbol() {
        return symbol;
    }

    /** {@code slot} is the binary operator's ({@link SpecialMethodSlot#ADD} for {@code +=}), {@code symbol} the augmented one, such as "|=". */
    public static InPlaceOpNode create(BinaryOpNode binary, SpecialMethodSlot slot, String symbol) {
        return InPlaceOpNodeGen.create(binary, slot, symbol);
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
    Object doArray(PArray array, Object other, @Cached @Shared CallSpecialMethodNode callInPlace) {
        return callInPlace.call(array, inPlace, other);
    }

    /** set_ior and friends; for a non-set operand binary_iop1 tries the binary operator, whose error names "|=". */
    @Specialization(guards = {"isSetOperator", "!set.isFrozen()"})
    Object doSet(PSet set, Object other, @Bind Node node, @Cached @Shared CallSpecialMethodNode callInPlace) {
        Object result = callInPlace.call(set, inPlace, other);
        if (result != PNotImplemented.INSTANCE) {
            return result;
        }
        return BinaryOpFallback.userOrRaise(node, symbol, slot, set, other);
    }

    @Specialization(guards = "hasUserClass(self)")
    Object doUser(Object self, Object other, @Cached @Shared CallSpecialMethodNode callInPlace) {
        Object result = callInPlace.call(self, inPlace, other);
        if (result != null && result != PNotImplemented.INSTANCE) {
            return result;
        }
        return binary.execute(self, other);
    }

    static boolean isListOrByteArray(Object o) {
        return o instanceof PList || o instanceof PByteArray;
    }

    @Fallback
    Object doBinary(Object a, Object b) {
        return binary.execute(a, b);
    }
}
