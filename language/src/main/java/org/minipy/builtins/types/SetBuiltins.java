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
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.KeyError;

/** {@code set(iterable)} and the methods that change a set; what frozenset shares is in SetOperationBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.set)
public final class SetBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SetBuiltinsFactory.getFactories();
    }

    private static PSet self(Node node, Object self, String method) {
        if (self instanceof PSet set && !set.isFrozen()) {
            return set;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.set, self);
    }

    // set_new and set_init
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class SetNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PSet create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.set, cls);
            BuiltinArguments.noKeywords(this, "set", kwargs);
            BuiltinArguments.checkPositional(this, "set", args, 0, 1);
            PSet result = new PSet(false);
            if (args.size() == 1) {
                SetOperationBuiltins.update(this, result, args.get(0));
            }
            return result;
        }
    }

    @Builtin(name = "add", parameters = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object add(Object self, Object element) {
            self(this, self, "add").add(this, element);
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", parameters = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class DiscardNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object discard(Object self, Object element) {
            self(this, self, "discard").discard(this, PSet.asElement(element));
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", parameters = {"self", "object"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object remove(Object self, Object element) {
            if (!self(this, self, "remove").discard(this, PSet.asElement(element))) {
                throw PyObjectGetItemNode.keyError(this, element);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object pop(Object self) {
            Object element = self(this, self, "pop").pop();
            if (element == null) {
                throw PRaiseNode.raise(this, KeyError, "pop from an empty set");
            }
            return element;
        }
    }

    @Builtin(name = "clear", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(Object self) {
            self(this, self, "clear").clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copy(Object self) {
            return self(this, self, "copy").copy(false);
        }
    }

    @Builtin(name = "update", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object update(Object[] bound) {
            PSet set = self(this, bound[0], "update");
            SetOperationBuiltins.noKeywords(this, set, "update", (PDict) bound[2]);
            for (Object other : ((PTuple) bound[1]).getItems()) {
                SetOperationBuiltins.update(this, set, other);
            }
            return PNone.NONE;
        }
    }

    // set_intersection_update_multi: the intersection's table replaces this set's (set_swap_bodies)
    @Builtin(name = "intersection_update", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class IntersectionUpdateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object intersectionUpdate(Object[] bound) {
            PSet set = self(this, bound[0], "intersection_update");
            SetOperationBuiltins.noKeywords(this, set, "intersection_update", (PDict) bound[2]);
            PSet result = set;
            for (Object other : ((PTuple) bound[1]).getItems()) {
                result = SetOperationBuiltins.intersection(this, result, other);
            }
            if (result != set) {
                set.replaceContents(result);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", parameters = {"self"}, varArgs = "others", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class DifferenceUpdateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object differenceUpdate(Object[] bound) {
            PSet set = self(this, bound[0], "difference_update");
            SetOperationBuiltins.noKeywords(this, set, "difference_update", (PDict) bound[2]);
            for (Object other : ((PTuple) bound[1]).getItems()) {
                SetOperationBuiltins.differenceUpdate(this, set, other);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class SymmetricDifferenceUpdateNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object symmetricDifferenceUpdate(Object self, Object other) {
            SetOperationBuiltins.symmetricDifferenceUpdate(this, self(this, self, "symmetric_difference_update"), other);
            return PNone.NONE;
        }
    }

    /** The in-place operators take sets only, like the binary ones, and return the changed set. */
    @TruffleBoundary
    static Object inPlace(Node node, Object self, Object other, String name) {
        if (!(other instanceof PSet o)) {
            return PNotImplemented.INSTANCE;
        }
        PSet set = self(node, self, name);
        switch (name) {
            case "__ior__" -> set.addAll(o);
            case "__iand__" -> {
                PSet result = SetOperationBuiltins.intersection(node, set, o);
                if (result != set) {
                    set.replaceContents(result);
                }
            }
            case "__isub__" -> SetOperationBuiltins.differenceUpdate(node, set, o);
            default -> SetOperationBuiltins.symmetricDifferenceUpdate(node, set, o);
        }
        return set;
    }

    @Builtin(name = "__ior__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IOrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return inPlace(this, self, other, "__ior__");
        }
    }

    @Builtin(name = "__iand__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAndNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return inPlace(this, self, other, "__iand__");
        }
    }

    @Builtin(name = "__isub__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class ISubNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return inPlace(this, self, other, "__isub__");
        }
    }

    @Builtin(name = "__ixor__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IXorNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object op(Object self, Object other) {
            return inPlace(this, self, other, "__ixor__");
        }
    }
}
