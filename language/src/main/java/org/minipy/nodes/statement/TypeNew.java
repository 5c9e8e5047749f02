package org.minipy.nodes.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.parser.Lexer;
import org.minipy.nodes.object.Descriptors;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PClassMethod;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSlotDescriptor;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** type_new (Objects/typeobject.c): a new class from its name, bases and metaclass, and what follows once its namespace is filled. */
public final class TypeNew {
    private TypeNew() {
    }

    /**
     * _PyType_CalculateMetaclass: the most derived of {@code meta} and the classes of the bases, which must all be
     * ancestors of it.
     */
    @TruffleBoundary
    public static PythonClass calculateMetaclass(Node node, PythonClass meta, Object[] bases) {
        PythonClass winner = meta;
        for (Object base : bases) {
            PythonClass type = GetClassNode.getUncached().execute(base);
            if (winner.isSubclassOf(type)) {
                continue;
            }
            if (type.isSubclassOf(winner)) {
                winner = type;
                continue;
            }
            throw PRaiseNode.raise(node, TypeError,
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /**
     * type_new_get_bases and type_new_alloc: a class named {@code name} with these bases (object if none) and
     * metaclass, its dict still empty.
     */
    @TruffleBoundary
    public static PythonClass create(Node node, String name, Object[] baseValues, PythonClass meta) {
        PythonClass[] bases = new PythonClass[Math.max(baseValues.length, 1)];
        if (baseValues.length == 0) {
            bases[0] = MiniPyContext.get(node).getBuiltinClass(PythonBuiltinClassType.object);
        }
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PythonClass c)) {
                throw PRaiseNode.raise(node, TypeError, "bases must be types");
            }
            if (c.isBuiltin() && !c.getBuiltinClassType().isAcceptableBase()) {
                throw PRaiseNode.raise(node, TypeError, "type '%s' is not an acceptable base type", c.getName());
            }
            bases[i] = c;
        }
        PythonClass base = bestBase(node, bases);
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    throw PRaiseNode.raise(node, TypeError, "duplicate base class %s", bases[i].getName());
                }
            }
        }
        PythonClass cls;
        try {
            cls = new PythonClass(name, base, bases);
        } catch (IllegalArgumentException e) {
            throw PRaiseNode.raise(node, TypeError, "%s", e.getMessage());
        }
        if (!meta.isBuiltin()) {
            cls.setMetaclass(meta);
        }
        return cls;
    }

    /**
     * best_base: the base whose instance layout (the builtin class its instances are made of) derives from all
     * the others'; exception classes count as one layout, as most of CPython's do.
     */
    private static PythonClass bestBase(Node node, PythonClass[] bases) {
        PythonClass winner = null;
        PythonBuiltinClassType winnerLayout = null;
        for (PythonClass b : bases) {
            PythonBuiltinClassType layout = b.getBuiltinBase().isExceptionType() ? PythonBuiltinClassType.BaseException : b.getBuiltinBase();
            if (winner == null || (layout != winnerLayout && derives(layout, winnerLayout))) {
                winner = b;
                winnerLayout = layout;
            } else if (!derives(winnerLayout, layout)) {
                throw PRaiseNode.raise(node, TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    private static boolean derives(PythonBuiltinClassType type, PythonBuiltinClassType base) {
        for (PythonBuiltinClassType t = type; t != null; t = t.getBase()) {
            if (t == base) {
                return true;
            }
        }
        return false;
    }

    /**
     * type_new_set_attrs, type_new_set_names and type_new_init_subclass: {@code __new__} becomes a staticmethod and
     * {@code __init_subclass__}, {@code __class_getitem__} classmethods, {@code __doc__} defaults to None, the slots
     * are filled (type_ready), every
     * attribute with {@code __set_name__} learns its name, and the nearest base's {@code __init_subclass__} runs with
     * the class statement's keywords.
     */
    @TruffleBoundary
    public static void finish(Node node, PythonClass cls, PDict keywords) {
        wrapImplicit(cls, "__new__", false);
        wrapImplicit(cls, "__init_subclass__", true);
        wrapImplicit(cls, "__class_getitem__", true);
        if (cls.getOwn("__doc__") == null) {
            cls.setAttribute("__doc__", PNone.NONE);
        }
        defineSlots(node, cls);
        cls.ready();
        setNames(cls);
        initSubclass(node, cls, keywords);
    }

    /**
     * type_new_descriptors for {@code __slots__}: a member descriptor per name, and instances without a dict unless
     * {@code __dict__} is among the names or a base gives them one.
     */
    private static void defineSlots(Node node, PythonClass cls) {
        Object slots = cls.getOwn("__slots__");
        if (slots == null) {
            return;
        }
        Object[] names = slots instanceof String s ? new Object[]{s} : IterableToArray.toArray(node, slots, null);
        PythonBuiltinClassType layout = cls.getBuiltinBase();
        boolean dict = layout.isExceptionType() || !cls.getBase().isBuiltin() && cls.getBase().hasInstanceDict();
        List<PSlotDescriptor> descriptors = new ArrayList<>();
        for (Object item : names) {
            if (!(item instanceof String name) || !Lexer.isIdentifier(name)) {
                throw PRaiseNode.raise(node, TypeError, "__slots__ must be identifiers");
            }
            if (name.equals("__dict__")) {
                dict = true;
            } else if (!name.equals("__weakref__")) {
                if (cls.getOwn(name) != null) {
                    throw PRaiseNode.raise(node, ValueError, "'%s' in __slots__ conflicts with class variable", name);
                }
                if (layout == PythonBuiltinClassType.int_ || layout == PythonBuiltinClassType.bytes || layout == PythonBuiltinClassType.tuple) {
                    throw PRaiseNode.raise(node, TypeError, "nonempty __slots__ not supported for subtype of '%s'", layout.getName());
                }
                descriptors.add(new PSlotDescriptor(name, cls));
            }
        }
        for (PSlotDescriptor d : descriptors) {
            cls.setAttribute(d.getName(), d);
        }
        cls.setInstanceDict(dict);
    }

    private static void wrapImplicit(PythonClass cls, String name, boolean classMethod) {
        if (cls.getOwn(name) instanceof PFunction f) {
            cls.setAttribute(name, classMethod ? new PClassMethod(f) : new PStaticMethod(f));
        }
    }

    /** type_new_set_names: over a copy of the dict, since a __set_name__ may change it. */
    private static void setNames(PythonClass cls) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(cls.getDict().entrySet());
        for (Map.Entry<String, Object> e : entries) {
            Object value = e.getValue();
            Object setName = GetClassNode.getUncached().execute(value).lookup("__set_name__");
            if (setName != null) {
                PyObjectCallNode.getUncached().execute(setName, PArguments.ofPositional(value, cls, e.getKey()));
            }
        }
    }

    /** type_new_init_subclass: {@code super(cls, cls).__init_subclass__(**keywords)}. */
    private static void initSubclass(Node node, PythonClass cls, PDict keywords) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object attr = mro[i].getOwn("__init_subclass__");
            if (attr != null) {
                Object method = Descriptors.get(node, attr, null, cls);
                PyObjectCallNode.getUncached().execute(method, PArguments.ofStarred(new Object[0], keywords));
                return;
            }
        }
    }
}
