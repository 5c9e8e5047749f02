package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;

import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PMemoryViewIterator;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.nodes.object.CallSpecialMethodNode;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code item in container} (PySequence_Contains), or {@code not in} when negated. */
@ImportStatic(GetClassNode.class)
public abstract class ContainsNode extends BinaryOpNode {
    protected final boolean negated;

    protected ContainsNode(boolean negated) {
        this.negated = negated;
    }

    public static ContainsNode create(boolean negated) {
        return ContainsNodeGen.create(negated);
    }

    /** Operands in source order: {@code left in right}. */
    @Specialization
    boolean doString(String item, String container) {
        return contains(container, item) != negated;
    }

    @TruffleBoundary
    private static boolean contains(String container, String item) {
        return container.contains(item);
    }

    @Specialization
    boolean doRange(long item, PRange range) {
        long offset = item - range.getStart();
        boolean in = range.getLength() > 0 && (range.getStep() > 0 ? item >= range.getStart() && item < range.getStop()
                        : item <= range.getStart() && item > range.getStop()) && offset % range.getStep() == 0;
        return in != negated;
    }

    @Specialization
    boolean doDict(Object item, PDict dict) {
        return dict.containsKey(item) != negated;
    }

    @Specialization
    boolean doSet(Object item, PSet set, @Bind Node node) {
        return set.contains(node, PSet.asElement(item)) != negated;
    }

    @Specialization
    boolean doList(Object item, PList list, @Bind Node node) {
        return search(node, item, list.readItems(), list.size()) != negated;
    }

    @Specialization
    boolean doTuple(Object item, PTuple tuple, @Bind Node node) {
        return search(node, item, tuple.getItems(), tuple.size()) != negated;
    }

    @Specialization
    boolean doMemoryView(Object item, PMemoryView view, @Bind Node node) {
        return memoryViewContains(node, item, view) != negated;
    }

    /** _PySequence_IterSearch over a memoryview, which has no __contains__. */
    @TruffleBoundary
    private static boolean memoryViewContains(Node node, Object item, PMemoryView view) {
        PMemoryViewIterator it;
        try {
            it = MemoryViewBuiltins.IterNode.iterator(node, view);
        } catch (PException e) {
            if (e.isOfType(TypeError)) {
                throw PRaiseNode.raise(node, TypeError, "argument of type 'memoryview' is not iterable");
            }
            throw e;
        }
        for (Object v = it.next(); v != null; v = it.next()) {
            if (RichCompare.eq(node, v, item)) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private static boolean search(Node node, Object item, Object[] items, int size) {
        for (int i = 0; i < size; i++) {
            if (RichCompare.eq(node, items[i], item)) {
                return true;
            }
        }
        return false;
    }

    /** slot_sq_contains; without __contains__, the search through the container's iterator. */
    @Specialization(guards = "hasUserClass(container)")
    boolean doUser(Object item, Object container, @Bind Node node,
                    @Cached CallSpecialMethodNode callContains,
                    @Cached PyObjectIsTrueNode isTrue) {
        Object result = callContains.call(container, SpecialMethodSlot.CONTAINS, item);
        if (result == null) {
            return generic(node, item, container) != negated;
        }
        return isTrue.execute(result) != negated;
    }

    @Fallback
    boolean doGeneric(Object item, Object container, @Bind Node node) {
        return generic(node, item, container) != negated;
    }

    @TruffleBoundary
    public static boolean generic(Node node, Object item, Object container) {
        if (container instanceof String) {
            throw PRaiseNode.raise(node, TypeError, "'in <string>' requires string as left operand, not %s",
                            GetClassNode.getUncached().execute(item).getName());
        }
        if (PBigRange.isRange(container)) {
            return PBigRange.of(container).contains(node, item);
        }
        PythonClass cls = GetClassNode.getUncached().execute(container);
        Object contains = CallSpecialMethodNode.getUncached().call(container, SpecialMethodSlot.CONTAINS, item);
        if (contains != null) {
            return PyObjectIsTrueNode.getUncached().execute(contains);
        }
        if (container instanceof PBytes || container instanceof PByteArray) {
            return BytesContains.contains(node, container, item);
        }
        Object it;
        try {
            it = PyObjectGetIterNode.getUncached().execute(container);
        } catch (PException e) {
            throw PRaiseNode.raise(node, TypeError, "argument of type '%s' is not iterable", cls.getName());
        }
        PyIterNextNode next = PyIterNextNode.getUncached();
        for (Object v = next.execute(it); v != null; v = next.execute(it)) {
            if (RichCompare.eq(node, v, item)) {
                return true;
            }
        }
        return false;
    }
}
