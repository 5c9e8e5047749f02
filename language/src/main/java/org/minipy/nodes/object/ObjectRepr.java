package org.minipy.nodes.object;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PEllipsis;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.formatting.StringRepr;

import static org.minipy.runtime.PythonBuiltinClassType.RecursionError;

/**
 * The repr of builtin objects: list_repr, tuple_repr, dict_repr, object_repr and friends, with
 * CPython's {@code Py_ReprEnter} guard so that a container that holds itself prints {@code [...]}.
 */
final class ObjectRepr {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS = ThreadLocal.withInitial(IdentityHashMap::new);
    private static final int MAX_DEPTH = 9998;

    private ObjectRepr() {
    }

    @TruffleBoundary
    static String builtinRepr(Object value, PythonClass cls) {
        if (value == PNone.NONE) {
            return "None";
        } else if (value == PEllipsis.INSTANCE) {
            return "Ellipsis";
        } else if (value == PNotImplemented.INSTANCE) {
            return "NotImplemented";
        } else if (value instanceof PList list) {
            return sequence(list, list.readItems(), list.size(), "[", "]", "[...]");
        } else if (value instanceof PTuple tuple) {
            if (tuple.size() == 1) {
                return sequence(tuple, tuple.getItems(), 1, "(", ",)", "(...)");
            }
            return sequence(tuple, tuple.getItems(), tuple.size(), "(", ")", "(...)");
        } else if (value instanceof PDict dict) {
            return dict(dict);
        } else if (value instanceof PSet set) {
            return set(set);
        } else if (value instanceof PBytes bytes) {
            return StringRepr.bytesRepr(bytes.getBytes(), bytes.length());
        } else if (value instanceof PByteArray array) {
            return StringRepr.byteArrayRepr(array.getBytes(), array.length());
        } else if (PBigRange.isRange(value)) {
            return PBigRange.of(value).repr();
        } else if (value instanceof PSlice s) {
            PyObjectReprNode repr = PyObjectReprNode.getUncached();
            return "slice(" + repr.execute(s.getStart()) + ", " + repr.execute(s.getStop()) + ", " + repr.execute(s.getStep()) + ")";
        } else if (value instanceof PythonClass c) {
            return "<class '" + c.getQualifiedName() + "'>";
        } else if (value instanceof PFunction f) {
            return "<function " + f.getQualname() + " at " + address(f) + ">";
        } else if (value instanceof PBuiltinFunction f) {
            if (f.getOwner() != null) {
                return "<method '" + f.getName() + "' of '" + f.getOwner().getName() + "' objects>";
            }
            return "<built-in function " + f.getName() + ">";
        } else if (value instanceof PMethod m) {
            Object fn = m.getFunction();
            if (fn instanceof PBuiltinFunction bf) {
                return "<built-in method " + bf.getName() + " of " + GetClassNode.getUncached().execute(m.getSelf()).getName() +
                                " object at " + address(m.getSelf()) + ">";
            }
            return "<bound method " + ((PFunction) fn).getQualname() + " of " + PyObjectReprNode.getUncached().execute(m.getSelf()) + ">";
        } else if (value instanceof PModule m) {
            return "<module '" + m.getName() + "' (built-in)>";
        } else if (value instanceof PBaseException e) {
            return exception(e);
        } else if (value instanceof PMemoryView m) {
            return (m.isReleased() ? "<released memory at " : "<memory at ") + address(m) + ">";
        } else if (value instanceof PGenerator g) {
            return "<generator object " + g.getQualname() + " at " + address(g) + ">";
        }
        if (!(value instanceof PythonObject)) {
            return "<foreign object " + foreignDisplay(value) + ">";
        }
        return "<" + cls.getQualifiedName() + " object at " + address(value) + ">";
    }

    /** What the value's language shows for it (a host object: its class, or its toString where access allows). */
    private static String foreignDisplay(Object value) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            return interop.asString(interop.toDisplayString(value, false));
        } catch (UnsupportedMessageException e) {
            return "at " + address(value);
        }
    }

    static String address(Object value) {
        return String.format("0x%012x", 0x7f0000000000L + ((long) System.identityHashCode(value) << 4));
    }

    private static String sequence(Object owner, Object[] items, int size, String open, String close, String recursive) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(owner)) {
            return recursive;
        }
        checkDepth(active);
        active.put(owner, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder(open);
            PyObjectReprNode repr = PyObjectReprNode.getUncached();
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr.execute(items[i]));
            }
            return sb.append(close).toString();
        } finally {
            active.remove(owner);
        }
    }

    /**
     * The containers being printed nest one in another, so their number is the depth of the recursion; CPython's
     * C recursion limit stops it at this many.
     */
    private static void checkDepth(IdentityHashMap<Object, Boolean> active) {
        if (active.size() >= MAX_DEPTH) {
            throw PRaiseNode.raise(null, RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
        }
    }

    // set_repr: {1, 2} for a set, frozenset({1, 2}) for a frozenset, set() and frozenset() when empty
    private static String set(PSet set) {
        String name = set.getBuiltinType().getName();
        if (set.size() == 0) {
            return name + "()";
        }
        boolean frozen = set.isFrozen();
        return sequence(set, set.toArray(), set.size(), frozen ? name + "({" : "{", frozen ? "})" : "}", name + "(...)");
    }

    private static String dict(PDict dict) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(dict)) {
            return "{...}";
        }
        checkDepth(active);
        active.put(dict, Boolean.TRUE);
        try {
            StringBuilder sb = new StringBuilder("{");
            PyObjectReprNode repr = PyObjectReprNode.getUncached();
            boolean first = true;
            for (Object[] e : dict.entries()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(repr.execute(e[0])).append(": ").append(repr.execute(e[1]));
            }
            return sb.append('}').toString();
        } finally {
            active.remove(dict);
        }
    }

    // BaseException_repr
    private static String exception(PBaseException e) {
        String name = e.getTypeName();
        PTuple args = e.getArgs();
        if (args.size() == 1) {
            return name + "(" + PyObjectReprNode.getUncached().execute(args.get(0)) + ")";
        }
        return name + sequence(args, args.getItems(), args.size(), "(", ")", "(...)");
    }
}
