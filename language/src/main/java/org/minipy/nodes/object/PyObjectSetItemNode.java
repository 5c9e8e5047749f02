package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.list.ListSetItemNode;
import org.minipy.nodes.memoryview.MemoryViewAssignSubscriptNode;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code obj[key] = value}: PyObject_SetItem. */
@GenerateUncached
@ImportStatic(GetClassNode.class)
public abstract class PyObjectSetItemNode extends PyBaseNode {
    public abstract void execute(Object object, Object key, Object value);

    public static PyObjectSetItemNode create() {
        return PyObjectSetItemNodeGen.create();
    }

    public static PyObjectSetItemNode getUncached() {
        return PyObjectSetItemNodeGen.getUncached();
    }

    @Specialization
    static void doList(PList list, long index, Object value, @Bind Node node,
                    @Cached(inline = false) ListSetItemNode setItem) {
        long i = index < 0 ? index + list.size() : index;
        if (i < 0 || i >= list.size()) {
            throw PRaiseNode.raise(node, IndexError, "list assignment index out of range");
        }
        setItem.execute(list, (int) i, value);
    }

    @Specialization
    static void doByteArray(PByteArray bytes, long index, long value, @Bind Node node) {
        // bytearray_ass_subscript checks the value before the index
        if (value < 0 || value > 255) {
            throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
        }
        long i = index < 0 ? index + bytes.length() : index;
        if (i < 0 || i >= bytes.length()) {
            throw PRaiseNode.raise(node, IndexError, "bytearray index out of range");
        }
        bytes.getBytes()[(int) i] = (byte) value;
    }

    @Specialization
    static void doMemoryView(PMemoryView view, Object key, Object value, @Cached MemoryViewAssignSubscriptNode assign) {
        assign.execute(view, key, value);
    }

    @Specialization
    static void doDict(PDict dict, Object key, Object value) {
        dict.put(key, value);
    }

    @Specialization(guards = "!hasUserClass(sequence)")
    static void doSlice(Object sequence, PSlice slice, Object value, @Bind Node node) {
        SliceSetter.setSlice(node, sequence, slice, value);
    }

    @Fallback
    static void doGeneric(Object object, Object key, Object value, @Bind Node node, @Cached CallSpecialMethodNode callSetItem) {
        if (callSetItem.call(object, SpecialMethodSlot.SETITEM, key, value) == null) {
            withoutSetItem(object, key, value, node);
        }
    }

    @TruffleBoundary
    private static void withoutSetItem(Object object, Object key, Object value, Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (object instanceof PList || object instanceof PByteArray) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(key);
            if (index instanceof Long l) {
                if (object instanceof PByteArray b) {
                    Object v = PyNumberIndexNode.getUncached().executeOrNull(value);
                    if (v == null) {
                        throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer",
                                        GetClassNode.getUncached().execute(value).getName());
                    }
                    if (v instanceof PInt) {
                        throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
                    }
                    doByteArray(b, l, (Long) v, node);
                } else {
                    doList((PList) object, l, value, node, ListSetItemNode.getUncached());
                }
                return;
            }
            if (index instanceof PInt) {
                throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
            }
            throw PRaiseNode.raise(node, TypeError, "%s indices must be integers or slices, not %s", cls.getName(),
                            GetClassNode.getUncached().execute(key).getName());
        }
        // PyObject_SetItem converts an index key of a sequence type before it finds no way to assign
        if (isReadOnlySequence(object) && PyNumberIndexNode.getUncached().executeOrNull(key) instanceof PInt) {
            throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object does not support item assignment", cls.getName());
    }

    /** The builtin types with sequence methods but no item assignment (sq_item without sq_ass_item). */
    static boolean isReadOnlySequence(Object object) {
        return object instanceof String || object instanceof PTuple || object instanceof PBytes || PBigRange.isRange(object);
    }
}
