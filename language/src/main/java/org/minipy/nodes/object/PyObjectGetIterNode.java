package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;

import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PDictIterator;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PSetIterator;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonIterator;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code iter(x)}: PyObject_GetIter. */
@GenerateUncached
public abstract class PyObjectGetIterNode extends PyBaseNode {
    public abstract Object execute(Object iterable);

    public static PyObjectGetIterNode create() {
        return PyObjectGetIterNodeGen.create();
    }

    public static PyObjectGetIterNode getUncached() {
        return PyObjectGetIterNodeGen.getUncached();
    }

    @Specialization
    static Object doList(PList list) {
        return new PIterator(list, PythonBuiltinClassType.list_iterator);
    }

    @Specialization
    static Object doTuple(PTuple tuple) {
        return new PIterator(tuple, PythonBuiltinClassType.tuple_iterator);
    }

    @Specialization
    static Object doRange(PRange range) {
        return new PIterator(range, PythonBuiltinClassType.range_iterator);
    }

    @Specialization
    static Object doBigRange(PBigRange range) {
        return range.iterator();
    }

    @Specialization
    static Object doString(String s) {
        return new PIterator(s, PythonBuiltinClassType.str_ascii_iterator);
    }

    @Specialization
    static Object doBytes(PBytes bytes) {
        return new PIterator(bytes, PythonBuiltinClassType.bytes_iterator);
    }

    @Specialization
    static Object doByteArray(PByteArray bytes) {
        return new PIterator(bytes, PythonBuiltinClassType.bytearray_iterator);
    }

    @Specialization
    static Object doDict(PDict dict) {
        return new PDictIterator(dict, PDictIterator.Kind.KEYS);
    }

    @Specialization
    static Object doSet(PSet set) {
        return new PSetIterator(set);
    }

    @Specialization
    @TruffleBoundary
    static Object doMemoryView(PMemoryView view, @Bind Node node) {
        return MemoryViewBuiltins.IterNode.iterator(node, view);
    }

    @Specialization
    static Object doIterator(PIterator iterator) {
        return iterator;
    }

    @Specialization
    static Object doPythonIterator(PythonIterator iterator) {
        return iterator;
    }

    @Fallback
    static Object doGeneric(Object iterable, @Bind Node node,
                    @Cached CallSpecialMethodNode callIter,
                    @Cached GetClassNode getIteratorClass,
                    @Cached LookupSpecialMethodNode lookupNext) {
        Object it = callIter.call(iterable, SpecialMethodSlot.ITER);
        if (it == null) {
            return withoutIter(iterable, node);
        }
        if (!(it instanceof PIterator || it instanceof PythonIterator) && lookupNext.execute(getIteratorClass.execute(it), SpecialMethodSlot.NEXT) == null) {
            throw notIterator(node, it);
        }
        return it;
    }

    @TruffleBoundary
    private static PException notIterator(Node node, Object it) {
        throw PRaiseNode.raise(node, TypeError, "iter() returned non-iterator of type '%s'", GetClassNode.getUncached().execute(it).getName());
    }

    /** PySeqIter for a class with __getitem__ only. */
    @TruffleBoundary
    private static Object withoutIter(Object iterable, Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(iterable);
        if (cls.getSlot(SpecialMethodSlot.GETITEM) != null) {
            return new PIterator(iterable, PythonBuiltinClassType.iterator);
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object is not iterable", cls.getName());
    }
}
