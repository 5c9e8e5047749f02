package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code del obj[key]}: PyObject_DelItem. */
@GenerateUncached
@ImportStatic(GetClassNode.class)
public abstract class PyObjectDelItemNode extends PyBaseNode {
    public abstract void execute(Object object, Object key);

    public static PyObjectDelItemNode create() {
        return PyObjectDelItemNodeGen.create();
    }

    @Specialization
    static void doList(PList list, long index, @Bind Node node) {
        long i = index < 0 ? index + list.size() : index;
        if (i < 0 || i >= list.size()) {
            throw PRaiseNode.raise(node, IndexError, "list assignment index out of range");
        }
        list.remove((int) i);
    }

    @Specialization
    static void doDict(PDict dict, Object key, @Bind Node node) {
        if (dict.remove(key) == null) {
            throw PyObjectGetItemNode.keyError(node, key);
        }
    }

    @Specialization(guards = "!hasUserClass(sequence)")
    static void doSlice(Object sequence, PSlice slice, @Bind Node node) {
        SliceSetter.deleteSlice(node, sequence, slice);
    }

    @Fallback
    static void doGeneric(Object object, Object key, @Bind Node node, @Cached CallSpecialMethodNode callDelItem) {
        if (callDelItem.call(object, SpecialMethodSlot.DELITEM, key) == null) {
            withoutDelItem(object, key, node);
        }
    }

    @TruffleBoundary
    private static void withoutDelItem(Object object, Object key, Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (object instanceof PList || object instanceof PByteArray) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(key);
            if (index instanceof Long l) {
                if (object instanceof PList list) {
                    doList(list, l, node);
                } else {
                    SliceSetter.deleteByteArrayItem(node, (PByteArray) object, l);
                }
                return;
            }
            if (index instanceof PInt) {
                throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
            }
            throw PRaiseNode.raise(node, TypeError, "%s indices must be integers or slices, not %s", cls.getName(),
                            GetClassNode.getUncached().execute(key).getName());
        }
        // CPython words it two ways: PySequence_DelItem (a sequence type, an index key) and PyObject_DelItem; every
        // class made by a class statement has the sequence methods (heap types), empty where it defines no dunder
        boolean sequence = PyObjectSetItemNode.isReadOnlySequence(object) || GetClassNode.hasUserClass(object);
        Object index = sequence ? PyNumberIndexNode.getUncached().executeOrNull(key) : null;
        if (index instanceof PInt) {
            throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
        }
        if (index != null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object doesn't support item deletion", cls.getName());
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object does not support item deletion", cls.getName());
    }
}
