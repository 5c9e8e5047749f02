package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.DescriptorErrors;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PClassMethod;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PProperty;
import org.minipy.runtime.PSlotDescriptor;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;

/**
 * The descriptor protocol: what an attribute found on a class means when read, set or deleted through an
 * instance or the class (tp_descr_get and tp_descr_set of functions, builtin methods, getset descriptors,
 * property, staticmethod, classmethod, and slot_tp_descr_get/set for user classes with __get__, __set__,
 * __delete__). The generic, uncached paths of the attribute nodes use it.
 */
public final class Descriptors {
    private Descriptors() {
    }

    /** PyDescr_IsData: whether the attribute has __set__ or __delete__, so it wins over the instance's own attributes. */
    @TruffleBoundary
    public static boolean isData(Object descr) {
        if (descr instanceof PProperty || descr instanceof PSlotDescriptor) {
            return true;
        }
        if (descr instanceof PBuiltinFunction f) {
            return f.isGetter();
        }
        PythonClass type = GetClassNode.getUncached().execute(descr);
        return !type.isBuiltin() && (type.lookupSpecial("__set__") != null || type.lookupSpecial("__delete__") != null);
    }

    /**
     * tp_descr_get: the value of attribute {@code descr} of {@code owner} read through {@code obj}, or through the
     * class itself when obj is null.
     */
    @TruffleBoundary
    public static Object get(Node node, Object descr, Object obj, PythonClass owner) {
        if (descr instanceof PFunction) {
            return obj == null ? descr : new PMethod(obj, descr);
        }
        if (descr instanceof PBuiltinFunction f) {
            if (f.isClassmethod()) {
                return new PMethod(owner, f);
            }
            // __new__ is a static method
            if (obj == null || f.getName().equals("__new__")) {
                return f;
            }
            if (f.isGetter()) {
                return PyObjectCallNode.getUncached().execute(f, PArguments.ofPositional(obj));
            }
            return new PMethod(obj, f);
        }
        if (descr instanceof PProperty p) {
            return obj == null ? p : propertyGet(node, p, obj);
        }
        if (descr instanceof PSlotDescriptor slot) {
            return obj == null ? slot : slotGet(node, slot, obj);
        }
        if (descr instanceof PStaticMethod s) {
            return s.getCallable();
        }
        if (descr instanceof PClassMethod c) {
            return new PMethod(owner, c.getCallable());
        }
        PythonClass type = GetClassNode.getUncached().execute(descr);
        if (!type.isBuiltin()) {
            Object dunderGet = type.lookupSpecial("__get__");
            if (dunderGet != null) {
                return PyObjectCallNode.getUncached().execute(dunderGet, PArguments.ofPositional(descr, obj == null ? PNone.NONE : obj, owner));
            }
        }
        return descr;
    }

    /** property_descr_get for an instance. */
    @TruffleBoundary
    public static Object propertyGet(Node node, PProperty property, Object obj) {
        if (property.getGetter() == null) {
            throw missingAccessor(node, property, obj, "getter");
        }
        return PyObjectCallNode.getUncached().execute(property.getGetter(), PArguments.ofPositional(obj));
    }

    /** member_get: the instance's value of a {@code __slots__} name. */
    @TruffleBoundary
    public static Object slotGet(Node node, PSlotDescriptor slot, Object obj) {
        Object value = slotOwner(node, slot, obj).getSlot(slot);
        if (value == null) {
            throw PRaiseNode.raise(node, AttributeError, "'%s' object has no attribute '%s'", GetClassNode.getUncached().execute(obj).getName(), slot.getName());
        }
        return value;
    }

    /** descr_check: a slot of one class read or written through an object of another. */
    private static PObject slotOwner(Node node, PSlotDescriptor slot, Object obj) {
        if (obj instanceof PObject o && o.getUserClass().isSubclassOf(slot.getOwner())) {
            return o;
        }
        throw DescriptorErrors.wrongSelf(node, slot.getName(), slot.getOwner().getName(), obj);
    }

    /**
     * tp_descr_set with a value, or with null to delete: true if {@code descr} is a data descriptor that took the
     * operation, false if the instance's own attributes should.
     */
    @TruffleBoundary
    public static boolean set(Node node, Object descr, Object obj, Object value) {
        if (descr instanceof PProperty p) {
            Object function = value == null ? p.getDeleter() : p.getSetter();
            if (function == null) {
                throw missingAccessor(node, p, obj, value == null ? "deleter" : "setter");
            }
            PyObjectCallNode.getUncached().execute(function, value == null ? PArguments.ofPositional(obj) : PArguments.ofPositional(obj, value));
            return true;
        }
        if (descr instanceof PSlotDescriptor slot) {
            if (!slotOwner(node, slot, obj).setSlot(slot, value)) {
                throw PRaiseNode.raise(node, AttributeError, "%s", slot.getName());
            }
            return true;
        }
        PythonClass type = GetClassNode.getUncached().execute(descr);
        if (type.isBuiltin()) {
            return false;
        }
        Object method = type.lookupSpecial(value == null ? "__delete__" : "__set__");
        if (method == null) {
            if (type.lookupSpecial(value == null ? "__set__" : "__delete__") == null) {
                return false;
            }
            // slot_tp_descr_set: a data descriptor lacking the other half
            throw PRaiseNode.raise(node, AttributeError, value == null ? "__delete__" : "__set__");
        }
        PyObjectCallNode.getUncached().execute(method, value == null ? PArguments.ofPositional(descr, obj) : PArguments.ofPositional(descr, obj, value));
        return true;
    }

    /** property_descr_get/set's error, named as far as the property and the object's class are known. */
    @TruffleBoundary
    public static RuntimeException missingAccessor(Node node, PProperty property, Object obj, String accessor) {
        String qualname = GetClassNode.getUncached().execute(obj).getQualname();
        if (property.getName() != null) {
            return PRaiseNode.raise(node, AttributeError, "property '%s' of '%s' object has no %s", property.getName(), qualname, accessor);
        }
        return PRaiseNode.raise(node, AttributeError, "property of '%s' object has no %s", qualname, accessor);
    }
}
