package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.memoryview.MemoryViewRichCompareNode;
import org.minipy.runtime.PMemoryView;

/** {@code a op b} for one of the six comparisons; the operator is a constant of the node. */
public abstract class RichCompareNode extends BinaryOpNode {
    protected final CompareOp op;

    protected RichCompareNode(CompareOp op) {
        this.op = op;
    }

    public static RichCompareNode create(CompareOp op) {
        return RichCompareNodeGen.create(op);
    }

    @Specialization
    boolean doLong(long a, long b) {
        return op.test(Long.compare(a, b));
    }

    @Specialization
    boolean doDouble(double a, double b) {
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    @Specialization(guards = "isExact(a)")
    boolean doLongDouble(long a, double b) {
        return doDouble(a, b);
    }

    @Specialization(guards = "isExact(b)")
    boolean doDoubleLong(double a, long b) {
        return doDouble(a, b);
    }

    @Specialization
    @TruffleBoundary
    boolean doString(String a, String b) {
        if (op == CompareOp.EQ) {
            return a.equals(b);
        } else if (op == CompareOp.NE) {
            return !a.equals(b);
        }
        return op.test(RichCompare.compareStrings(a, b));
    }

    // memory_richcompare inline, so that comparing two views compiles with the caller
    @Specialization(guards = "isEquality()")
    Object doMemoryView(PMemoryView a, Object b,
                    @Cached MemoryViewRichCompareNode compare,
                    @Bind Node node) {
        Object equal = compare.execute(a, b);
        if (equal instanceof Boolean e) {
            return e == (op == CompareOp.EQ);
        }
        return RichCompare.compare(node, op, a, b);
    }

    boolean isEquality() {
        return op == CompareOp.EQ || op == CompareOp.NE;
    }

    static boolean isExact(long v) {
        return Math.abs(v) <= (1L << 53);
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Bind Node node) {
        return RichCompare.compare(node, op, a, b);
    }
}
