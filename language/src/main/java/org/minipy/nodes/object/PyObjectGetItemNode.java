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
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.list.ListItemNode;
import org.minipy.nodes.memoryview.MemoryViewSubscriptNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code obj[key]}: PyObject_GetItem. */
@GenerateUncached
@ImportStatic(GetClassNode.class)
public abstract class PyObjectGetItemNode extends PyBaseNode {
    public abstract Object execute(Object object, Object key);

    public static PyObjectGetItemNode create() {
        return PyObjectGetItemNodeGen.create();
    }

    public static PyObjectGetItemNode getUncached() {
        return PyObjectGetItemNodeGen.getUncached();
    }

    @Specialization
    static Object doList(PList list, long index, @Bind Node node,
                    @Cached(inline = false) ListItemNode item) {
        long i = index < 0 ? index + list.size() : index;
        if (i < 0 || i >= list.size()) {
            throw PRaiseNode.raise(node, IndexError, "list index out of range");
        }
        return item.execute(list, (int) i);
    }

    @Specialization
    static Object doTuple(PTuple tuple, long index, @Bind Node node) {
        long i = index < 0 ? index + tuple.size() : index;
        if (i < 0 || i >= tuple.size()) {
            throw PRaiseNode.raise(node, IndexError, "tuple index out of range");
        }
        return tuple.get((int) i);
    }

    @Specialization
    static long doBytes(PBytes bytes, long index, @Bind Node node) {
        long i = index < 0 ? index + bytes.length() : index;
        if (i < 0 || i >= bytes.length()) {
            throw PRaiseNode.raise(node, IndexError, "index out of range");
        }
        return bytes.getBytes()[(int) i] & 0xff;
    }

    @Specialization
    static long doByteArray(PByteArray bytes, long index, @Bind Node node) {
        long i = index < 0 ? index + bytes.length() : index;
        if (i < 0 || i >= bytes.length()) {
            throw PRaiseNode.raise(node, IndexError, "bytearray index out of range");
        }
        return bytes.getBytes()[(int) i] & 0xff;
    }

    @Specialization
    static long doRange(PRange range, long index, @Bind Node node) {
        long i = index < 0 ? index + range.getLength() : index;
        if (i < 0 || i >= range.getLength()) {
            throw PRaiseNode.raise(node, IndexError, "range object index out of range");
        }
        return range.get(i);
    }

    @Specialization
    @TruffleBoundary
    static String doString(String s, long index, @Bind Node node) {
        int n = s.codePointCount(0, s.length());
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw PRaiseNode.raise(node, IndexError, "string index out of range");
        }
        int offset = n == s.length() ? (int) i : s.offsetByCodePoints(0, (int) i);
        return Character.toString(s.codePointAt(offset));
    }

    @Specialization
    static Object doMemoryView(PMemoryView view, Object key, @Cached MemoryViewSubscriptNode subscript) {
        return subscript.execute(view, key);
    }

    @Specialization
    static Object doDict(PDict dict, Object key, @Bind Node node) {
        Object value = dict.get(key);
        if (value == null) {
            throw keyError(node, key);
        }
        return value;
    }

    @TruffleBoundary
    public static PException keyError(Node node, Object key) {
        return new PException(new PBaseException(PythonBuiltinClassType.KeyError, key), node);
    }

    @Specialization(guards = "!hasUserClass(sequence)")
    static Object doSlice(Object sequence, PSlice slice, @Bind Node node) {
        return SliceGetter.getSlice(node, sequence, slice);
    }

    @Fallback
    static Object doGeneric(Object object, Object key, @Bind Node node, @Cached CallSpecialMethodNode callGetItem) {
        Object result = callGetItem.call(object, SpecialMethodSlot.GETITEM, key);
        return result != null ? result : withoutGetItem(object, key, node);
    }

    @TruffleBoundary
    private static Object withoutGetItem(Object object, Object key, Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (isSequence(object)) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(key);
            if (index != null && PBigRange.isRange(object)) {
                // range_subscript takes any int: its items are computed, not stored
                return PBigRange.of(object).getItem(node, index);
            }
            if (index instanceof Long l) {
                return PyObjectGetItemNode.getUncached().execute(object, l);
            }
            if (index instanceof PInt) {
                throw PRaiseNode.raise(node, IndexError, "cannot fit 'int' into an index-sized integer");
            }
            String keyType = GetClassNode.getUncached().execute(key).getName();
            if (object instanceof String) {
                throw PRaiseNode.raise(node, TypeError, "string indices must be integers, not '%s'", keyType);
            }
            String what = object instanceof PBytes ? "byte" : cls.getName();
            throw PRaiseNode.raise(node, TypeError, "%s indices must be integers or slices, not %s", what, keyType);
        }
        if (object instanceof PythonClass c) {
            // PEP 560: a class subscripted through its __class_getitem__ (memoryview[int])
            Object classGetItem = PyObjectGetAttrNode.lookup(c, "__class_getitem__");
            if (classGetItem != null) {
                return PyObjectCallNode.getUncached().execute(classGetItem, PArguments.ofPositional(key));
            }
            throw PRaiseNode.raise(node, TypeError, "type '%s' is not subscriptable", c.getName());
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object is not subscriptable", cls.getName());
    }

    private static boolean isSequence(Object o) {
        return o instanceof PList || o instanceof PTuple || o instanceof String || o instanceof PBytes || o instanceof PByteArray ||
                        PBigRange.isRange(o);
    }
}
