package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.memoryview.MemoryViewRichCompareNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.LookupSpecialMethodNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

/** {@code a op b} for one of the six comparisons; the operator is a constant of the node. */
@ImportStatic(GetClassNode.class)
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

    /**
     * do_richcompare between instances of user classes: the reflected method first when b's class is a proper
     * subclass of a's, then a's method, then b's reflected one; == and != fall back to identity.
     */
    @Specialization(guards = {"hasUserClass(a)", "hasUserClass(b)"})
    Object doUser(Object a, Object b, @Bind Node node,
                    @Cached GetClassNode getLeftClass,
                    @Cached GetClassNode getRightClass,
                    @Cached LookupSpecialMethodNode lookupLeft,
                    @Cached LookupSpecialMethodNode lookupRight,
                    @Cached PyObjectCallNode callLeft,
                    @Cached PyObjectCallNode callRight,
                    @Cached PyObjectIsTrueNode isTrue) {
        PythonClass ac = getLeftClass.execute(a);
        PythonClass bc = getRightClass.execute(b);
        CompareOp reflected = op.reflected();
        boolean checkedReverse = false;
        Object r;
        if (ac != bc && bc.isSubclassOf(ac)) {
            checkedReverse = true;
            r = callCompare(reflected, bc, b, a, lookupRight, callRight, isTrue);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        r = callCompare(op, ac, a, b, lookupLeft, callLeft, isTrue);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        if (!checkedReverse) {
            r = callCompare(reflected, bc, b, a, lookupRight, callRight, isTrue);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> a == b;
            case NE -> a != b;
            default -> throw RichCompare.notSupported(node, op, a, b);
        };
    }

    /**
     * slot_tp_richcompare: the class's method for {@code o}, NotImplemented without one; object.__ne__'s
     * inverted {@code __eq__} for a class that defines only that.
     */
    private static Object callCompare(CompareOp o, PythonClass cls, Object self, Object other,
                    LookupSpecialMethodNode lookup, PyObjectCallNode call, PyObjectIsTrueNode isTrue) {
        Object method = lookup.execute(cls, o.slot);
        if (method != null) {
            return call.execute(method, PArguments.ofPositional(self, other));
        }
        if (o == CompareOp.NE) {
            Object eq = lookup.execute(cls, SpecialMethodSlot.EQ);
            if (eq != null) {
                Object r = call.execute(eq, PArguments.ofPositional(self, other));
                return r == PNotImplemented.INSTANCE ? r : !isTrue.execute(r);
            }
        }
        return PNotImplemented.INSTANCE;
    }

    @Fallback
    Object doGeneric(Object a, Object b, @Bind Node node) {
        return RichCompare.compare(node, op, a, b);
    }
}
