package org.minipy.nodes.object;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.LookupMethodNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PProperty;
import org.minipy.runtime.PSlotDescriptor;
import org.minipy.runtime.PTraceback;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code obj.name = value}: PyObject_SetAttr. A class's {@code __setattr__} runs first; else
 * PyObject_GenericSetAttr: a data descriptor of the class takes the value, or the instance stores it. Instances of
 * user classes get a per-site cache keyed on the class: a plain store, or a direct call of a property's setter.
 */
@GenerateUncached
@ImportStatic(LookupMethodNode.class)
public abstract class PyObjectSetAttrNode extends PyBaseNode {
    static final int LIMIT = 3;

    public abstract void execute(Object object, String name, Object value);

    public static PyObjectSetAttrNode create() {
        return PyObjectSetAttrNodeGen.create();
    }

    /** How a store into an instance of a user class goes, decided once per class and name. */
    enum InstanceStore {
        /** No data descriptor and no __setattr__: into the instance's attributes. */
        OWN,
        /** A property with a setter. */
        PROPERTY,
        /** A name of the class's __slots__. */
        SLOT,
        /** Anything else: the generic path. */
        GENERIC
    }

    @Specialization(guards = {"object.getUserClass() == cachedClass", "name == cachedName"}, assumptions = "stableMro", limit = "LIMIT")
    static void doInstanceCached(PObject object, @SuppressWarnings("unused") String name, Object value, @Bind Node node,
                    @Cached("name") String cachedName,
                    @Cached("object.getUserClass()") PythonClass cachedClass,
                    @Cached(value = "stableAssumptions(cachedClass)", dimensions = 1) @SuppressWarnings("unused") Assumption[] stableMro,
                    @Cached("cachedClass.lookup(cachedName)") Object descr,
                    @Cached("instanceStore(cachedClass, descr)") InstanceStore kind,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes,
                    @Cached(inline = false) PyObjectCallNode callSetter) {
        switch (kind) {
            case OWN:
                attributes.put(object.getAttributes(), cachedName, value);
                return;
            case PROPERTY:
                callSetter.execute(((PProperty) descr).getSetter(), PArguments.ofPositional(object, value));
                return;
            case SLOT:
                attributes.put(object.getAttributes(), descr, value);
                return;
            default:
                doGeneric(object, cachedName, value, node);
        }
    }

    static InstanceStore instanceStore(PythonClass cls, Object descr) {
        if (hasSetAttrHook(cls, "__setattr__")) {
            return InstanceStore.GENERIC;
        }
        if (descr instanceof PProperty p) {
            return p.getSetter() != null ? InstanceStore.PROPERTY : InstanceStore.GENERIC;
        }
        if (descr instanceof PSlotDescriptor slot) {
            return cls.isSubclassOf(slot.getOwner()) ? InstanceStore.SLOT : InstanceStore.GENERIC;
        }
        return cls.hasInstanceDict() && (descr == null || !Descriptors.isData(descr)) ? InstanceStore.OWN : InstanceStore.GENERIC;
    }

    @Specialization(replaces = "doInstanceCached")
    @TruffleBoundary
    static void doGeneric(Object object, String name, Object value, @Bind Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (hasSetAttrHook(cls, "__setattr__")) {
            PyObjectCallNode.getUncached().execute(cls.lookup("__setattr__"), PArguments.ofPositional(object, name, value));
            return;
        }
        genericSetAttr(node, object, cls, name, value);
    }

    /** Whether the class has its own {@code __setattr__} or {@code __delattr__} (slot_tp_setattro), not object's. */
    static boolean hasSetAttrHook(PythonClass cls, String hook) {
        if (cls.isBuiltin()) {
            return false;
        }
        Object method = cls.lookup(hook);
        return method != null && !(method instanceof PBuiltinFunction f && f.getOwner() != null && f.getOwner().getBuiltinClassType() == PythonBuiltinClassType.object);
    }

    /** PyObject_GenericSetAttr (object.__setattr__ and, with a null value, object.__delattr__), and type_setattro for classes. */
    @TruffleBoundary
    public static void genericSetAttr(Node node, Object object, PythonClass cls, String name, Object value) {
        if (object instanceof PythonClass c) {
            setClassAttribute(node, c, name, value);
            return;
        }
        if (object instanceof PModule m) {
            if (value != null) {
                m.put(name, value);
            } else if (!m.remove(name)) {
                throw PyObjectGetAttrNode.attributeError(node, object, name);
            }
            return;
        }
        Object descr = cls.lookup(name);
        if (descr != null && Descriptors.set(node, descr, object, value)) {
            return;
        }
        if (object instanceof PObject obj) {
            if (!cls.hasInstanceDict()) {
                throw noDict(node, cls, name);
            }
            if (value != null) {
                obj.setAttribute(name, value);
            } else if (!obj.removeAttribute(name)) {
                throw PyObjectGetAttrNode.attributeError(node, object, name);
            }
        } else if (object instanceof PBaseException e && value != null) {
            setExceptionAttribute(node, e, name, value);
        } else if (descr instanceof PBuiltinFunction f && f.isGetter()) {
            throw PyObjectDelAttr.notWritable(node, cls, name);
        } else if (value == null) {
            throw PyObjectGetAttrNode.attributeError(node, object, name);
        } else if (descr != null) {
            throw PRaiseNode.raise(node, AttributeError, "'%s' object attribute '%s' is read-only", cls.getName(), name);
        } else {
            throw noDict(node, cls, name);
        }
    }

    private static RuntimeException noDict(Node node, PythonClass cls, String name) {
        return PRaiseNode.raise(node, AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", cls.getName(), name);
    }

    /** type_setattro: builtin classes are immutable; a user class stores into its dict (a data descriptor of a metaclass first). */
    private static void setClassAttribute(Node node, PythonClass c, String name, Object value) {
        if (c.isBuiltin()) {
            if (value == null) {
                throw PRaiseNode.raise(node, TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, c.getName());
            }
            throw PRaiseNode.raise(node, TypeError, "cannot set '%s' attribute of immutable type '%s'", name, c.getName());
        }
        PythonClass meta = GetClassNode.getUncached().execute(c);
        Object descr = meta.lookup(name);
        if (descr != null && !meta.isBuiltin() && Descriptors.set(node, descr, c, value)) {
            return;
        }
        if (value != null) {
            c.setAttribute(name, value);
        } else if (!c.removeAttribute(name)) {
            throw PyObjectGetAttrNode.attributeError(node, c, name);
        }
    }

    private static void setExceptionAttribute(Node node, PBaseException e, String name, Object value) {
        switch (name) {
            case "args" -> e.setArgs(new PTuple(IterableToArray.toArray(node, value, null)));
            case "__cause__" -> {
                e.setCause(value);
                e.setSuppressContext(true);
            }
            case "__context__" -> e.setContext(value);
            case "__suppress_context__" -> e.setSuppressContext(PyObjectIsTrueNode.getUncached().execute(value));
            case "__traceback__" -> {
                if (!(value instanceof PTraceback || value == PNone.NONE)) {
                    throw PRaiseNode.raise(node, TypeError, "__traceback__ must be a traceback or None");
                }
                e.setTraceback(value);
            }
            default -> e.setAttribute(name, value);
        }
    }
}
