package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.runtime.PDictView;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * dict_keys and dict_items are set-like (Objects/dictobject.c, dictviews_or and friends): the set
 * operators with any iterable on either side give a set, and they compare with sets and views.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.dict_keys, PythonBuiltinClassType.dict_items})
public final class DictViewSetBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictViewSetBuiltinsFactory.getFactories();
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PDictView v && v.getBuiltinType() != PythonBuiltinClassType.dict_values;
    }

    /** dictviews_to_set: a keys view is read through its dict, which sizes the set once. */
    private static PSet toSet(Node node, Object o) {
        if (o instanceof PDictView v && v.getBuiltinType() == PythonBuiltinClassType.dict_keys) {
            return SetOperationBuiltins.newSet(node, false, v.getDict());
        }
        return SetOperationBuiltins.newSet(node, false, o);
    }

    /** The operation on left and right, where either is the view (the reflected methods swap). */
    @TruffleBoundary
    static Object operate(Node node, Object left, Object right, String op) {
        if (op.equals("and")) {
            return intersect(node, isSetLike(left) ? (PDictView) left : (PDictView) right, isSetLike(left) ? right : left);
        }
        PSet result = toSet(node, left);
        switch (op) {
            case "or" -> SetOperationBuiltins.update(node, result, right);
            case "sub" -> SetOperationBuiltins.differenceUpdate(node, result, right);
            default -> SetOperationBuiltins.symmetricDifferenceUpdate(node, result, right);
        }
        return result;
    }

    // _PyDictView_Intersect: a larger set does the work itself; else the other operand is walked
    private static PSet intersect(Node node, PDictView view, Object other) {
        int size = view.getDict().size();
        if (other instanceof PSet set && !set.isFrozen() && size <= set.size()) {
            return SetOperationBuiltins.intersection(node, set, view);
        }
        if (isSetLike(other) && ((PDictView) other).getDict().size() > size) {
            Object swap = view;
            view = (PDictView) other;
            other = swap;
        }
        PSet result = new PSet(false);
        for (Object o : IterableToArray.toArray(node, other, null)) {
            if (DictViewBuiltins.ContainsNode.contains(node, view, o)) {
                result.add(node, o);
            }
        }
        return result;
    }

    // dictview_richcompare
    @TruffleBoundary
    static Object compare(Node node, Object self, Object other, CompareOp op) {
        if (!(other instanceof PSet) && !isSetLike(other)) {
            return PNotImplemented.INSTANCE;
        }
        int a = size(self);
        int b = size(other);
        return switch (op) {
            case EQ -> a == b && allContainedIn(node, self, other);
            case NE -> !(a == b && allContainedIn(node, self, other));
            case LT -> a < b && allContainedIn(node, self, other);
            case LE -> a <= b && allContainedIn(node, self, other);
            case GT -> a > b && allContainedIn(node, other, self);
            case GE -> a >= b && allContainedIn(node, other, self);
        };
    }

    private static int size(Object o) {
        return o instanceof PSet set ? set.size() : ((PDictView) o).getDict().size();
    }

    private static boolean allContainedIn(Node node, Object items, Object container) {
        for (Object o : IterableToArray.toArray(node, items, null)) {
            boolean found = container instanceof PSet set ? set.contains(node, PSet.asElement(o))
                            : DictViewBuiltins.ContainsNode.contains(node, (PDictView) container, o);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__or__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, self, other, "or");
        }
    }

    @Builtin(name = "__ror__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ROrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, other, self, "or");
        }
    }

    @Builtin(name = "__and__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, self, other, "and");
        }
    }

    @Builtin(name = "__rand__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, other, self, "and");
        }
    }

    @Builtin(name = "__sub__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, self, other, "sub");
        }
    }

    @Builtin(name = "__rsub__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RSubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, other, self, "sub");
        }
    }

    @Builtin(name = "__xor__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, self, other, "xor");
        }
    }

    @Builtin(name = "__rxor__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class RXorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return operate(this, other, self, "xor");
        }
    }

    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.NE);
        }
    }

    @Builtin(name = "__le__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.LE);
        }
    }

    @Builtin(name = "__lt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.LT);
        }
    }

    @Builtin(name = "__ge__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.GE);
        }
    }

    @Builtin(name = "__gt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return DictViewSetBuiltins.compare(this, self, other, CompareOp.GT);
        }
    }
}
