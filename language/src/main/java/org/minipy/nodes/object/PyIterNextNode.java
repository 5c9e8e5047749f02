package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.generator.GeneratorResumeNode;
import org.minipy.nodes.list.ListItemNode;
import org.minipy.nodes.memoryview.MemoryViewReadItemNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDictIterator;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PIterator;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PMemoryViewIterator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonIterator;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.SpecialMethodSlot;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * One step of an iterator: the next value, or null when it is exhausted (a for loop needs no
 * StopIteration for that; {@code next()} raises it). Each step polls Truffle's safepoint: the loops of
 * builtins that consume iterators ({@code sum(range(10**15))}) stop when the host cancels or interrupts.
 */
@GenerateUncached
public abstract class PyIterNextNode extends PyBaseNode {
    public abstract Object execute(Object iterator);

    public static PyIterNextNode create() {
        return PyIterNextNodeGen.create();
    }

    public static PyIterNextNode getUncached() {
        return PyIterNextNodeGen.getUncached();
    }

    @Specialization(guards = "isList(it)")
    static Object doList(PIterator it, @Bind Node node,
                    @Cached(inline = false) ListItemNode item) {
        TruffleSafepoint.poll(node);
        PList list = (PList) it.getSource();
        long i = it.getIndex();
        if (it.isExhausted() || i >= list.size()) {
            it.setExhausted();
            return null;
        }
        it.setIndex(i + 1);
        return item.execute(list, (int) i);
    }

    @Specialization(guards = "isRange(it)")
    static Object doRange(PIterator it, @Bind Node node) {
        TruffleSafepoint.poll(node);
        PRange range = (PRange) it.getSource();
        long i = it.getIndex();
        if (i >= range.getLength()) {
            return null;
        }
        it.setIndex(i + 1);
        return range.get(i);
    }

    @Specialization(guards = {"!isList(it)", "!isRange(it)"})
    @TruffleBoundary
    static Object doOtherBuiltin(PIterator it, @Bind Node node) {
        TruffleSafepoint.poll(node);
        if (it.isExhausted()) {
            return null;
        }
        Object source = it.getSource();
        long i = it.getIndex();
        Object result;
        if (source instanceof PTuple t) {
            result = i < t.size() ? t.get((int) i) : null;
        } else if (source instanceof String s) {
            if (i < s.length()) {
                int cp = s.codePointAt((int) i);
                it.setIndex(i + Character.charCount(cp));
                return Character.toString(cp);
            }
            result = null;
        } else if (source instanceof PBytes b) {
            result = i < b.length() ? (Object) (long) (b.getBytes()[(int) i] & 0xff) : null;
        } else if (source instanceof PByteArray b) {
            result = i < b.length() ? (Object) (long) (b.getBytes()[(int) i] & 0xff) : null;
        } else {
            // the sequence protocol: __getitem__ with 0, 1, ... until IndexError
            try {
                result = PyObjectGetItemNode.getUncached().execute(source, i);
            } catch (PException e) {
                if (e.isOfType(PythonBuiltinClassType.IndexError) || e.isOfType(PythonBuiltinClassType.StopIteration)) {
                    it.setExhausted();
                    return null;
                }
                throw e;
            }
        }
        if (result == null) {
            it.setExhausted();
        } else {
            it.setIndex(i + 1);
        }
        return result;
    }

    @Specialization(guards = "it.getFormat() == cachedFormat", limit = "3", excludeForUncached = true)
    static Object doMemoryView(PMemoryViewIterator it,
                    @Cached("it.getFormat()") @SuppressWarnings("unused") FormatCode cachedFormat,
                    @Cached MemoryViewReadItemNode read,
                    @Bind Node node) {
        PMemoryView view = it.getView();
        int position = it.nextPosition(node);
        return position < 0 ? null : read.execute(view, position);
    }

    @Specialization(replaces = "doMemoryView")
    static Object doMemoryViewAnyFormat(PMemoryViewIterator it) {
        return it.next();
    }

    @Specialization
    static Object doGenerator(PGenerator generator, @Bind Node node, @Cached GeneratorResumeNode resume) {
        TruffleSafepoint.poll(node);
        return resume.execute(generator, PNone.NONE, null);
    }

    /** Before doPythonIterator: a dict's step is ordinary code, which compiles with the loop around it. */
    @Specialization
    static Object doDict(PDictIterator it, @Bind Node node) {
        TruffleSafepoint.poll(node);
        return it.next();
    }

    @Specialization(guards = "!isGenerator(it)")
    static Object doPythonIterator(PythonIterator it, @Bind Node node) {
        TruffleSafepoint.poll(node);
        return it.next();
    }

    @Fallback
    static Object doGeneric(Object iterator, @Bind Node node, @Cached CallSpecialMethodNode callNext) {
        TruffleSafepoint.poll(node);
        Object result;
        try {
            result = callNext.call(iterator, SpecialMethodSlot.NEXT);
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.StopIteration)) {
                return null;
            }
            throw e;
        }
        if (result == null) {
            throw notIterator(node, iterator);
        }
        return result;
    }

    @TruffleBoundary
    private static PException notIterator(Node node, Object iterator) {
        throw PRaiseNode.raise(node, TypeError, "'%s' object is not an iterator", GetClassNode.getUncached().execute(iterator).getName());
    }

    static boolean isGenerator(PythonIterator it) {
        return it instanceof PGenerator;
    }

    static boolean isList(PIterator it) {
        return it.getSource() instanceof PList;
    }

    static boolean isRange(PIterator it) {
        return it.getSource() instanceof PRange;
    }
}
