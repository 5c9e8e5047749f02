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
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PDictIterator;
import org.minipy.runtime.PDictView;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.dict_keys;

/** The special methods of the dict views dict_keys, dict_values and dict_items (Objects/dictobject.c). */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.dict_keys, PythonBuiltinClassType.dict_values, PythonBuiltinClassType.dict_items})
public final class DictViewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictViewBuiltinsFactory.getFactories();
    }

    private static PDictView self(Node node, Object self, String method, PythonBuiltinClassType kind) {
        if (self instanceof PDictView view) {
            return view;
        }
        throw ListBuiltins.wrongSelf(node, method, kind, self);
    }

    @Builtin(name = "__len__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object len(Object self) {
            return (long) self(this, self, "__len__", dict_keys).getDict().size();
        }
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            PDictView view = self(this, self, "__iter__", dict_keys);
            // dictiter_new: like iteration of the dict itself, by entry position
            PDictIterator.Kind kind = switch (view.getBuiltinType()) {
                case dict_keys -> PDictIterator.Kind.KEYS;
                case dict_values -> PDictIterator.Kind.VALUES;
                default -> PDictIterator.Kind.ITEMS;
            };
            return new PDictIterator(view.getDict(), kind);
        }
    }

    // dictview_repr
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            PDictView view = self(this, self, "__repr__", dict_keys);
            return view.getBuiltinType().getName() + "(" + PyObjectReprNode.getUncached().execute(new PList(view.snapshot())) + ")";
        }
    }

    // dictkeys_contains, dictitems_contains; values have no sq_contains and are searched in order
    @Builtin(name = "__contains__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object contains(Object self, Object item) {
            return contains(this, self(this, self, "__contains__", dict_keys), item);
        }

        @TruffleBoundary
        static boolean contains(Node node, PDictView view, Object item) {
            PDict dict = view.getDict();
            switch (view.getBuiltinType()) {
                case dict_keys:
                    return dict.containsKey(item);
                case dict_items:
                    if (!(item instanceof PTuple pair) || pair.size() != 2) {
                        return false;
                    }
                    Object value = dict.get(pair.get(0));
                    return value != null && RichCompare.eq(node, value, pair.get(1));
                default:
                    for (Object v : dict.values()) {
                        if (RichCompare.eq(node, v, item)) {
                            return true;
                        }
                    }
                    return false;
            }
        }
    }
}
