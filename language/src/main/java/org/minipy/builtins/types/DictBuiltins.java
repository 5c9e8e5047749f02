package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.nodes.object.PyObjectSetItemNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PDictView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.KeyError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** Methods of {@code dict} (Objects/dictobject.c); its views are in DictViewBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.dict)
public final class DictBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictBuiltinsFactory.getFactories();
    }

    private static PDict self(Node node, Object self, String method) {
        if (self instanceof PDict dict) {
            return dict;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.dict, self);
    }

    @Builtin(name = "get", parameters = {"self", "key", "default"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object get(Object self, Object key, Object defaultValue) {
            Object value = self(this, self, "get").get(key);
            if (value != null) {
                return value;
            }
            return defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
        }
    }

    @Builtin(name = "keys", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class KeysNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object keys(Object self) {
            return new PDictView(self(this, self, "keys"), PythonBuiltinClassType.dict_keys);
        }
    }

    @Builtin(name = "values", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ValuesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object values(Object self) {
            return new PDictView(self(this, self, "values"), PythonBuiltinClassType.dict_values);
        }
    }

    @Builtin(name = "items", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ItemsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object items(Object self) {
            return new PDictView(self(this, self, "items"), PythonBuiltinClassType.dict_items);
        }
    }

    @Builtin(name = "update", parameters = {"self", "other"}, minArgs = 1, varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class UpdateNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object update(Object[] bound) {
            update(this, self(this, bound[0], "update"), bound[1], (PDict) bound[2]);
            return PNone.NONE;
        }

        /**
         * dict_update_common: {@code other} (NO_VALUE if absent) is a mapping when it has keys(),
         * else an iterable of pairs; then the keyword arguments. Also the work of {@code dict(...)}.
         */
        @TruffleBoundary
        public static void update(Node node, PDict dict, Object other, PDict kwargs) {
            if (other instanceof PDict source) {
                for (Object[] e : source.entries()) {
                    dict.put(e[0], e[1]);
                }
            } else if (other != PNone.NO_VALUE) {
                Object keys = PyObjectGetAttrNode.lookup(other, "keys");
                if (keys != null) {
                    mergeMapping(node, dict, other, keys);
                } else {
                    mergePairs(node, dict, other);
                }
            }
            if (kwargs != null) {
                for (Object[] e : kwargs.entries()) {
                    dict.put(e[0], e[1]);
                }
            }
        }

        // PyDict_Merge for a mapping that is not a dict
        private static void mergeMapping(Node node, PDict dict, Object mapping, Object keysMethod) {
            Object keys = PyObjectCallNode.getUncached().execute(keysMethod, PArguments.ofPositional());
            PyObjectGetItemNode getItem = PyObjectGetItemNode.getUncached();
            for (Object key : IterableToArray.toArray(node, keys, null)) {
                dict.put(key, getItem.execute(mapping, key));
            }
        }

        // PyDict_MergeFromSeq2
        private static void mergePairs(Node node, PDict dict, Object pairs) {
            Object[] items = IterableToArray.toArray(node, pairs, null);
            for (int i = 0; i < items.length; i++) {
                Object[] pair = IterableToArray.toArray(node, items[i],
                                String.format("cannot convert dictionary update sequence element #%d to a sequence", i));
                if (pair.length != 2) {
                    throw PRaiseNode.raise(node, ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
                }
                dict.put(pair[0], pair[1]);
            }
        }
    }

    @Builtin(name = "setdefault", parameters = {"self", "key", "default"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class SetDefaultNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object setdefault(Object self, Object key, Object defaultValue) {
            PDict dict = self(this, self, "setdefault");
            Object value = dict.get(key);
            if (value != null) {
                return value;
            }
            Object newValue = defaultValue == PNone.NO_VALUE ? PNone.NONE : defaultValue;
            dict.put(key, newValue);
            return newValue;
        }
    }

    @Builtin(name = "pop", parameters = {"self", "key", "default"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object pop(Object self, Object key, Object defaultValue) {
            PDict dict = self(this, self, "pop");
            Object value = dict.remove(key);
            if (value != null) {
                return value;
            }
            if (defaultValue == PNone.NO_VALUE) {
                throw PyObjectGetItemNode.keyError(this, key);
            }
            return defaultValue;
        }
    }

    @Builtin(name = "popitem", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class PopItemNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object popitem(Object self) {
            Object[] entry = self(this, self, "popitem").removeLast();
            if (entry == null) {
                throw PRaiseNode.raise(this, KeyError, "popitem(): dictionary is empty");
            }
            return new PTuple(new Object[]{entry[0], entry[1]});
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
            return copy(self(this, self, "copy"));
        }

        @TruffleBoundary
        private static PDict copy(PDict dict) {
            PDict result = new PDict();
            for (Object[] e : dict.entries()) {
                result.put(e[0], e[1]);
            }
            return result;
        }
    }

    @Builtin(name = "fromkeys", parameters = {"cls", "iterable", "value"}, minArgs = 2, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromKeysNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object fromkeys(Object cls, Object iterable, Object value) {
            return fromkeys(this, cls, iterable, value == PNone.NO_VALUE ? PNone.NONE : value);
        }

        // dict_fromkeys: a subclass is instantiated and filled through its own __setitem__
        @TruffleBoundary
        private static Object fromkeys(Node node, Object cls, Object iterable, Object value) {
            Object[] keys = IterableToArray.toArray(node, iterable, null);
            if (cls instanceof PythonClass c && c.isBuiltin() && c.getBuiltinClassType() == PythonBuiltinClassType.dict) {
                PDict result = new PDict();
                for (Object key : keys) {
                    result.put(key, value);
                }
                return result;
            }
            Object result = PyObjectCallNode.getUncached().execute(cls, PArguments.ofPositional());
            PyObjectSetItemNode setItem = PyObjectSetItemNode.getUncached();
            for (Object key : keys) {
                setItem.execute(result, key, value);
            }
            return result;
        }
    }
}
