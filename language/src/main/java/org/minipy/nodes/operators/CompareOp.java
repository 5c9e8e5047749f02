package org.minipy.nodes.operators;

import org.minipy.runtime.SpecialMethodSlot;

/** The six rich comparisons, with their symbols and special-method names. */
public enum CompareOp {
    EQ("==", SpecialMethodSlot.EQ),
    NE("!=", SpecialMethodSlot.NE),
    LT("<", SpecialMethodSlot.LT),
    LE("<=", SpecialMethodSlot.LE),
    GT(">", SpecialMethodSlot.GT),
    GE(">=", SpecialMethodSlot.GE);

    public final String symbol;
    public final SpecialMethodSlot slot;

    CompareOp(String symbol, SpecialMethodSlot slot) {
        this.symbol = symbol;
        this.slot = slot;
    }

    /** The operation with the operands swapped ({@code a < b} is {@code b > a}). */
    public CompareOp reflected() {
        return switch (this) {
            case EQ -> EQ;
            case NE -> NE;
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** The outcome of a three-way comparison result c (negative, zero, positive). */
    public boolean test(int c) {
        return switch (this) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }
}
