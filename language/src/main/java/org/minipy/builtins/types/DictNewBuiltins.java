package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code dict(mapping_or_pairs, **kwargs)}; the methods of dict live in DictBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.dict)
public final class DictNewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return DictNewBuiltinsFactory.getFactories();
    }

    // dict_vectorcall and dict_update_arg
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class DictNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PDict create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.dict, cls);
            BuiltinArguments.checkPositional(this, "dict", args, 0, 1);
            PDict result = new PDict();
            if (args.size() == 1) {
                Object source = args.get(0);
                if (source instanceof PDict dict) {
                    for (Object[] entry : dict.entries()) {
                        result.put(entry[0], entry[1]);
                    }
                } else if (PyObjectGetAttrNode.lookup(source, "keys") != null) {
                    addFromMapping(result, source);
                } else {
                    addFromPairs(result, source);
                }
            }
            for (Object[] entry : kwargs.entries()) {
                result.put(entry[0], entry[1]);
            }
            return result;
        }

        // PyDict_Merge for a mapping that is not a dict: its keys(), then m[key]
        private void addFromMapping(PDict result, Object mapping) {
            Object keys = PyObjectCallNode.getUncached().execute(PyObjectGetAttrNode.lookup(mapping, "keys"), PArguments.ofPositional());
            for (Object key : IterableToArray.toArray(this, keys, null)) {
                result.put(key, PyObjectGetItemNode.getUncached().execute(mapping, key));
            }
        }

        // PyDict_MergeFromSeq2
        private void addFromPairs(PDict result, Object iterable) {
            Object[] items = IterableToArray.toArray(this, iterable, null);
            for (int i = 0; i < items.length; i++) {
                Object[] pair = IterableToArray.toArray(this, items[i],
                                String.format("cannot convert dictionary update sequence element #%d to a sequence", i));
                if (pair.length != 2) {
                    throw PRaiseNode.raise(this, ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, pair.length);
                }
                result.put(pair[0], pair[1]);
            }
        }
    }
}
