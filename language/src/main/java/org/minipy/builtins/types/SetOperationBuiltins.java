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
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSetIterator;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * What set and frozenset share (Objects/setobject.c): the non-mutating methods, operators and
 * comparisons. A result has the kind of the set the method was called on.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.set, PythonBuiltinClassType.frozenset})
public final class SetOperationBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SetOperationBuiltinsFactory.getFactories();
    }

    static PSet self(Node node, Object self, String method) {
        if (self instanceof PSet set) {
            return set;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.set, self);
    }

    /** METH_VARARGS methods refuse keywords, naming the set's own type. */
    static void noKeywords(Node node, PSet set, String method, PDict kwargs) {
        BuiltinArguments.noKeywords(node, set.getBuiltinType().getName() + "." + method, kwargs);
    }

    /** set_update_internal: a set is merged table to table, a dict contributes its keys, anything else is iterated. */
    @TruffleBoundary
    static void update(Node node, PSet set, Object other) {
        if (other instanceof PSet source) {
            set.addAll(source);
        } else if (other instanceof PDict dict) {
            set.addAllKeys(node, dict);
        } else {
            for (Object o : IterableToArray.toArray(node, other, null)) {
                set.add(node, o);
            }
        }
    }

    /** make_new_set: a set or frozenset of the iterable's elements. */
    @TruffleBoundary
    static PSet newSet(Node node, boolean frozen, Object iterable) {
        PSet result = new PSet(frozen);
        update(node, result, iterable);
        return result;
    }

    // set_intersection
    @TruffleBoundary
    static PSet intersection(Node node, PSet set, Object other) {
        if (other == set) {
            return set.copy(set.isFrozen());
        }
        if (other instanceof PSet o) {
            return set.intersection(o, set.isFrozen());
        }
        PSet result = new PSet(set.isFrozen());
        for (Object o : IterableToArray.toArray(node, other, null)) {
            if (set.contains(node, o)) {
                result.add(node, o);
                if (result.size() >= set.size()) {
                    break;
                }
            }
        }
        return result;
    }

    // set_difference_update_internal
    @TruffleBoundary
    static void differenceUpdate(Node node, PSet set, Object other) {
        if (other instanceof PSet o) {
            set.removeAll(o != set && (o.size() >> 3) > set.size() ? set.intersection(o, false) : o);
            return;
        }
        for (Object o : IterableToArray.toArray(node, other, null)) {
            set.discard(node, o);
        }
        set.shrinkDummies();
    }

    // set_difference: walks this set when the other is not much smaller, else copies and removes
    @TruffleBoundary
    static PSet difference(Node node, PSet set, Object other) {
        int otherSize;
        if (other instanceof PSet o) {
            otherSize = o.size();
        } else if (other instanceof PDict d) {
            otherSize = d.size();
        } else {
            otherSize = -1;
        }
        if (otherSize < 0 || (set.size() >> 2) > otherSize) {
            PSet result = set.copy(set.isFrozen());
            differenceUpdate(node, result, other);
            return result;
        }
        if (other instanceof PSet o) {
            return set.difference(o, set.isFrozen());
        }
        PDict dict = (PDict) other;
        PSet result = new PSet(set.isFrozen());
        for (Object e : set.toArray()) {
            if (!dict.containsKey(e)) {
                result.add(node, e);
            }
        }
        return result;
    }

    // set_symmetric_difference_update
    @TruffleBoundary
    static void symmetricDifferenceUpdate(Node node, PSet set, Object other) {
        if (other instanceof PDict dict) {
            for (Object key : dict.keys()) {
                if (!set.discard(node, key)) {
                    set.add(node, key);
                }
            }
            return;
        }
        set.toggleAll(other instanceof PSet o ? o : newSet(node, set.isFrozen(), other));
    }

    // set_symmetric_difference: the other's elements toggled by this set's
    @TruffleBoundary
    static PSet symmetricDifference(Node node, PSet set, Object other) {
        PSet result = newSet(node, set.isFrozen(), other);
        result.toggleAll(set);
        return result;
    }

    // set_issubset
    @TruffleBoundary
    static boolean isSubset(Node node, PSet set, Object other) {
        if (other instanceof PSet o) {
            return set.isSubsetOf(o);
        }
        return intersection(node, set, other).size() == set.size();
    }

    // set_issuperset
    @TruffleBoundary
    static boolean isSuperset(Node node, PSet set, Object other) {
        if (other instanceof PSet o) {
            return o.isSubsetOf(set);
        }
        for (Object o : IterableToArray.toArray(node, other, null)) {
            if (!set.contains(node, o)) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "__len__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object len(Object self) {
            return (long) self(this, self, "__len__").size();
        }
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            return new PSetIterator(self(this, self, "__iter__"));
        }
    }

    @Builtin(name = "__contains__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object contains(Object self, Object key) {
            return self(this, self, "__contains__").contains(this, PSet.asElement(key));
        }
    }

    @Builtin(name = "union", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class UnionNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object union(Object[] bound) {
            PSet set = self(this, bound[0], "union");
            noKeywords(this, set, "union", (PDict) bound[2]);
            PSet result = set.copy(set.isFrozen());
            for (Object other : ((PTuple) bound[1]).getItems()) {
                if (other != set) {
                    update(this, result, other);
                }
            }
            return result;
        }
    }

    // set_intersection_multi
    @Builtin(name = "intersection", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class IntersectionNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object intersection(Object[] bound) {
            PSet set = self(this, bound[0], "intersection");
            noKeywords(this, set, "intersection", (PDict) bound[2]);
            PTuple others = (PTuple) bound[1];
            if (others.size() == 0) {
                return set.copy(set.isFrozen());
            }
            PSet result = set;
            for (Object other : others.getItems()) {
                result = SetOperationBuiltins.intersection(this, result, other);
            }
            return result;
        }
    }

    // set_difference_multi
    @Builtin(name = "difference", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class DifferenceNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object difference(Object[] bound) {
            PSet set = self(this, bound[0], "difference");
            noKeywords(this, set, "difference", (PDict) bound[2]);
            Object[] others = ((PTuple) bound[1]).getItems();
            if (others.length == 0) {
                return set.copy(set.isFrozen());
            }
            PSet result = SetOperationBuiltins.difference(this, set, others[0]);
            for (int i = 1; i < others.length; i++) {
                differenceUpdate(this, result, others[i]);
            }
            return result;
        }
    }

    @Builtin(name = "symmetric_difference", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object symmetricDifference(Object self, Object other) {
            return SetOperationBuiltins.symmetricDifference(this, self(this, self, "symmetric_difference"), other);
        }
    }

    @Builtin(name = "issubset", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSubsetNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object issubset(Object self, Object other) {
            return isSubset(this, self(this, self, "issubset"), other);
        }
    }

    @Builtin(name = "issuperset", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsSupersetNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object issuperset(Object self, Object other) {
            return isSuperset(this, self(this, self, "issuperset"), other);
        }
    }

    // set_isdisjoint
    @Builtin(name = "isdisjoint", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IsDisjointNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isdisjoint(Object self, Object other) {
            PSet set = self(this, self, "isdisjoint");
            if (other == set) {
                return set.size() == 0;
            }
            if (other instanceof PSet o) {
                return set.intersection(o, false).size() == 0;
            }
            for (Object o : IterableToArray.toArray(this, other, null)) {
                if (set.contains(this, o)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The binary operators take sets only: anything else gets NotImplemented, so the TypeError names both types. */
    @TruffleBoundary
    static Object operator(Node node, Object self, Object other, String op) {
        if (!(self instanceof PSet set) || !(other instanceof PSet o)) {
            return PNotImplemented.INSTANCE;
        }
        return switch (op) {
            case "or" -> {
                PSet result = set.copy(set.isFrozen());
                result.addAll(o);
                yield result;
            }
            case "and" -> intersection(node, set, o);
            case "sub" -> difference(node, set, o);
            default -> symmetricDifference(node, set, o);
        };
    }

    @Builtin(name = "__or__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class OrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object or(Object self, Object other) {
            return operator(this, self, other, "or");
        }
    }

    @Builtin(name = "__and__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object and(Object self, Object other) {
            return operator(this, self, other, "and");
        }
    }

    @Builtin(name = "__sub__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object sub(Object self, Object other) {
            return operator(this, self, other, "sub");
        }
    }

    @Builtin(name = "__xor__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class XorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object xor(Object self, Object other) {
            return operator(this, self, other, "xor");
        }
    }

    /** set_richcompare: sets compare with sets only, as subset relations. */
    @TruffleBoundary
    static Object compare(Object self, Object other, CompareOp op) {
        if (!(self instanceof PSet set) || !(other instanceof PSet o)) {
            return PNotImplemented.INSTANCE;
        }
        return switch (op) {
            case EQ -> equal(set, o);
            case NE -> !equal(set, o);
            case LE -> set.isSubsetOf(o);
            case LT -> set.size() < o.size() && set.isSubsetOf(o);
            case GE -> o.isSubsetOf(set);
            case GT -> set.size() > o.size() && o.isSubsetOf(set);
        };
    }

    private static boolean equal(PSet set, PSet other) {
        if (set.size() != other.size()) {
            return false;
        }
        if (set.cachedHash() != -1 && other.cachedHash() != -1 && set.cachedHash() != other.cachedHash()) {
            return false;
        }
        return set.isSubsetOf(other);
    }

    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.EQ);
        }
    }

    @Builtin(name = "__ne__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.NE);
        }
    }

    @Builtin(name = "__le__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.LE);
        }
    }

    @Builtin(name = "__lt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.LT);
        }
    }

    @Builtin(name = "__ge__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.GE);
        }
    }

    @Builtin(name = "__gt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object compare(Object self, Object other) {
            return SetOperationBuiltins.compare(self, other, CompareOp.GT);
        }
    }
}
