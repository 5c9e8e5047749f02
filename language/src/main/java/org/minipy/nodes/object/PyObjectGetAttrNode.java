package org.minipy.nodes.object;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.LookupMethodNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.FixedAttributeObject;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PClassMethod;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PProperty;
import org.minipy.runtime.PSlotDescriptor;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;

/**
 * {@code obj.name}: PyObject_GetAttr. The generic path is CPython's: a class's {@code __getattribute__} and
 * {@code __getattr__} (slot_tp_getattr_hook), else PyObject_GenericGetAttr (data descriptor on the class, the
 * instance's own attribute, non-data descriptor or class attribute) or type_getattro for classes. Instances of
 * user classes and classes themselves get per-site caches keyed on the class, valid while no class of its MRO
 * changes: a property read is a class check and a direct call of its getter.
 */
@GenerateUncached
@ImportStatic(LookupMethodNode.class)
public abstract class PyObjectGetAttrNode extends PyBaseNode {
    static final int LIMIT = 3;

    public abstract Object execute(Object object, String name);

    public static PyObjectGetAttrNode create() {
        return PyObjectGetAttrNodeGen.create();
    }

    public static PyObjectGetAttrNode getUncached() {
        return PyObjectGetAttrNodeGen.getUncached();
    }

    /** A module's attribute ({@code math.sqrt}, {@code struct.unpack_from}): its global slot, cached as LOAD_GLOBAL's. */
    @Specialization(guards = {"module == cachedModule", "name == cachedName"}, limit = "2")
    static Object doModuleCached(@SuppressWarnings("unused") PModule module, @SuppressWarnings("unused") String name, @Bind Node node,
                    @Cached("module") PModule cachedModule,
                    @Cached("name") String cachedName,
                    @Cached("module.getSlot(name)") GlobalSlot slot) {
        Object value = slot.getValue();
        if (value == null) {
            throw attributeError(node, cachedModule, cachedName);
        }
        return value;
    }

    /** How an instance attribute of a user class is found, decided once per class and name. */
    enum InstanceLookup {
        /** The class has no such attribute: the instance's own, if any. */
        OWN,
        /** A function: the instance's own attribute, else the function bound to the instance. */
        METHOD,
        /** A class attribute that is no descriptor: the instance's own attribute, else the class's value. */
        CLASS_VALUE,
        /** A staticmethod: the instance's own attribute, else the callable. */
        STATIC,
        /** A classmethod: the instance's own attribute, else the callable bound to the class. */
        CLASS_METHOD,
        /** A property with a getter, which wins over the instance's own attributes. */
        PROPERTY,
        /** A name of the class's __slots__: the value stored under its descriptor. */
        SLOT,
        /** Anything else (user descriptors, __getattribute__, builtin getters): the generic path. */
        GENERIC
    }

    @Specialization(guards = {"object.getUserClass() == cachedClass", "name == cachedName"}, assumptions = "stableMro", limit = "LIMIT")
    static Object doInstanceCached(PObject object, @SuppressWarnings("unused") String name, @Bind Node node,
                    @Cached("name") String cachedName,
                    @Cached("object.getUserClass()") PythonClass cachedClass,
                    @Cached(value = "stableAssumptions(cachedClass)", dimensions = 1) @SuppressWarnings("unused") Assumption[] stableMro,
                    @Cached("cachedClass.lookup(cachedName)") Object descr,
                    @Cached("instanceLookup(cachedClass, cachedName, descr)") InstanceLookup kind,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes,
                    @Cached(inline = false) PyObjectCallNode callGetter) {
        if (kind == InstanceLookup.PROPERTY) {
            return callGetter.execute(((PProperty) descr).getGetter(), PArguments.ofPositional(object));
        }
        if (kind == InstanceLookup.SLOT) {
            Object value = attributes.getOrDefault(object.getAttributes(), descr, null);
            if (value != null) {
                return value;
            }
        }
        if (kind != InstanceLookup.GENERIC && kind != InstanceLookup.SLOT) {
            Object own = attributes.getOrDefault(object.getAttributes(), cachedName, null);
            if (own != null) {
                return own;
            }
            switch (kind) {
                case METHOD:
                    return new PMethod(object, descr);
                case CLASS_VALUE:
                    return descr;
                case STATIC:
                    return ((PStaticMethod) descr).getCallable();
                case CLASS_METHOD:
                    return new PMethod(cachedClass, ((PClassMethod) descr).getCallable());
                default:
                    break;
            }
        }
        return doGeneric(object, cachedName, node);
    }

    static InstanceLookup instanceLookup(PythonClass cls, String name, Object descr) {
        if (hasGetAttributeHook(cls)) {
            return InstanceLookup.GENERIC;
        }
        if (descr == null) {
            return InstanceLookup.OWN;
        }
        if (descr instanceof PFunction) {
            return InstanceLookup.METHOD;
        }
        if (descr instanceof PStaticMethod) {
            return InstanceLookup.STATIC;
        }
        if (descr instanceof PClassMethod) {
            return InstanceLookup.CLASS_METHOD;
        }
        if (descr instanceof PSlotDescriptor slot) {
            return cls.isSubclassOf(slot.getOwner()) && cls.lookupSpecial("__getattr__") == null ? InstanceLookup.SLOT : InstanceLookup.GENERIC;
        }
        if (descr instanceof PProperty p) {
            return p.getGetter() != null && cls.lookupSpecial("__getattr__") == null ? InstanceLookup.PROPERTY : InstanceLookup.GENERIC;
        }
        if (!(descr instanceof PBuiltinFunction) && GetClassNode.getUncached().execute(descr).isBuiltin()) {
            return InstanceLookup.CLASS_VALUE;
        }
        return InstanceLookup.GENERIC;
    }

    /**
     * {@code Cls.name} on a class whose attribute is the same object at every read (a function, a staticmethod's
     * callable, a classmethod bound to the class, a plain value): a constant while the classes do not change.
     */
    @Specialization(guards = {"cls == cachedClass", "name == cachedName", "value != null"}, assumptions = "stableMro", limit = "LIMIT")
    static Object doClassCached(@SuppressWarnings("unused") PythonClass cls, @SuppressWarnings("unused") String name,
                    @Cached("cls") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached(value = "classAndMetaclassAssumptions(cachedClass)", dimensions = 1) @SuppressWarnings("unused") Assumption[] stableMro,
                    @Cached("constantClassAttribute(cachedClass, cachedName)") Object value) {
        return value;
    }

    static Assumption[] classAndMetaclassAssumptions(PythonClass cls) {
        Assumption[] own = LookupMethodNode.stableAssumptions(cls);
        Assumption[] meta = LookupMethodNode.stableAssumptions(GetClassNode.getUncached().execute(cls));
        Assumption[] all = new Assumption[own.length + meta.length];
        System.arraycopy(own, 0, all, 0, own.length);
        System.arraycopy(meta, 0, all, own.length, meta.length);
        return all;
    }

    @TruffleBoundary
    static Object constantClassAttribute(PythonClass cls, String name) {
        PythonClass meta = GetClassNode.getUncached().execute(cls);
        if (isComputedClassAttribute(name) || !meta.isBuiltin() || meta.lookup(name) != null && cls.lookup(name) == null) {
            return null;
        }
        Object attr = cls.lookup(name);
        if (attr instanceof PFunction || attr instanceof PStaticMethod || attr instanceof PClassMethod ||
                        attr instanceof PBuiltinFunction f && !f.isGetter() ||
                        attr != null && !(attr instanceof PProperty) && GetClassNode.getUncached().execute(attr).isBuiltin()) {
            return Descriptors.get(null, attr, null, cls);
        }
        return null;
    }

    @Specialization(replaces = {"doModuleCached", "doInstanceCached", "doClassCached"})
    static Object doGeneric(Object object, String name, @Bind Node node) {
        Object result = find(node, object, name);
        if (result == null) {
            throw attributeError(node, object, name);
        }
        return result;
    }

    /** The attribute, or null if there is none; an AttributeError raised by Python code counts as none. */
    @TruffleBoundary
    public static Object lookup(Object object, String name) {
        try {
            return find(null, object, name);
        } catch (PException e) {
            if (e.isOfType(AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether reading attributes of the class's instances runs Python code first: a __getattribute__ not object's. */
    public static boolean hasGetAttributeHook(PythonClass cls) {
        if (cls.isBuiltin()) {
            return false;
        }
        Object getAttribute = cls.lookup("__getattribute__");
        return getAttribute != null && !isObjectMethod(getAttribute);
    }

    private static boolean isObjectMethod(Object method) {
        return method instanceof PBuiltinFunction f && f.getOwner() != null && f.getOwner().getBuiltinClassType() == PythonBuiltinClassType.object;
    }

    /**
     * slot_tp_getattr_hook: the class's {@code __getattribute__}, and its {@code __getattr__} when that raised
     * AttributeError; null when the attribute is missing and there is no hook to raise the error.
     */
    @TruffleBoundary
    static Object find(Node node, Object object, String name) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (cls.isBuiltin()) {
            return genericGetAttr(node, object, cls, name);
        }
        Object getAttribute = cls.lookup("__getattribute__");
        boolean hook = getAttribute != null && !isObjectMethod(getAttribute);
        Object getAttr = cls.lookupSpecial("__getattr__");
        if (getAttr == null) {
            return hook ? callHook(getAttribute, object, name) : genericGetAttr(node, object, cls, name);
        }
        try {
            Object value = hook ? callHook(getAttribute, object, name) : genericGetAttr(node, object, cls, name);
            if (value != null) {
                return value;
            }
        } catch (PException e) {
            if (!e.isOfType(AttributeError)) {
                throw e;
            }
        }
        return callHook(getAttr, object, name);
    }

    private static Object callHook(Object hook, Object object, String name) {
        return PyObjectCallNode.getUncached().execute(hook, PArguments.ofPositional(object, name));
    }

    /** PyObject_GenericGetAttr (object.__getattribute__), or null when the attribute does not exist. */
    @TruffleBoundary
    public static Object genericGetAttr(Node node, Object object, PythonClass cls, String name) {
        if (object instanceof PModule module) {
            return module.get(name);
        }
        if (object instanceof PythonClass c) {
            return typeGetAttr(node, c, cls, name);
        }
        if (name.equals("__class__")) {
            return cls;
        }
        Object descr = cls.lookup(name);
        if (descr != null && Descriptors.isData(descr)) {
            return Descriptors.get(node, descr, object, cls);
        }
        Object own = ownAttribute(object, name);
        if (own != null) {
            return own;
        }
        return descr == null ? null : Descriptors.get(node, descr, object, cls);
    }

    private static Object ownAttribute(Object object, String name) {
        if (object instanceof PObject obj) {
            return obj.getAttribute(name);
        } else if (object instanceof PBaseException e) {
            return exceptionAttribute(e, name);
        } else if (object instanceof FixedAttributeObject o) {
            return o.getAttribute(name);
        } else if (object instanceof PFunction f) {
            return switch (name) {
                case "__name__" -> f.getName();
                case "__qualname__" -> f.getQualname();
                default -> null;
            };
        } else if (object instanceof PBuiltinFunction f && name.equals("__name__")) {
            return f.getName();
        }
        return null;
    }

    /** Attributes every class has, computed rather than stored in its dict. */
    private static boolean isComputedClassAttribute(String name) {
        return switch (name) {
            case "__name__", "__qualname__", "__module__", "__mro__", "__base__", "__bases__", "__class__" -> true;
            default -> false;
        };
    }

    /** type_getattro: a data descriptor of the metaclass, the class's MRO, then the metaclass's attribute bound to the class. */
    private static Object typeGetAttr(Node node, PythonClass cls, PythonClass meta, String name) {
        switch (name) {
            case "__name__":
                return cls.getName();
            case "__qualname__":
                return cls.getQualname();
            case "__module__":
                return cls.getModuleName();
            case "__mro__":
                return new PTuple(cls.getMro().clone());
            case "__base__":
                return cls.getBase() == null ? PNone.NONE : cls.getBase();
            case "__bases__":
                return new PTuple(cls.getBases());
            case "__class__":
                return meta;
            default:
                break;
        }
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && Descriptors.isData(metaAttr)) {
            return Descriptors.get(node, metaAttr, cls, meta);
        }
        Object attr = cls.lookup(name);
        if (attr != null) {
            return Descriptors.get(node, attr, null, cls);
        }
        return metaAttr == null ? null : Descriptors.get(node, metaAttr, cls, meta);
    }

    private static Object exceptionAttribute(PBaseException e, String name) {
        switch (name) {
            case "args":
                return e.getArgs();
            case "__cause__":
                return e.getCause();
            case "__context__":
                return e.getContext();
            case "__suppress_context__":
                return e.getSuppressContext();
            case "__traceback__":
                return e.getTraceback();
            default:
                return e.getAttribute(name);
        }
    }

    @TruffleBoundary
    public static RuntimeException attributeError(Node node, Object object, String name) {
        if (object instanceof PModule m) {
            return PRaiseNode.raise(node, AttributeError, "module '%s' has no attribute '%s'", m.getName(), name);
        }
        if (object instanceof PythonClass c) {
            return PRaiseNode.raise(node, AttributeError, "type object '%s' has no attribute '%s'", c.getName(), name);
        }
        return PRaiseNode.raise(node, AttributeError, "'%s' object has no attribute '%s'", GetClassNode.getUncached().execute(object).getName(), name);
    }
}
