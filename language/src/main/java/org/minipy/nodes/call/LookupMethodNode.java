package org.minipy.nodes.call;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.FixedAttributeObject;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PythonClass;

/**
 * The method half of CPython's LOAD_METHOD: for {@code obj.name(...)}, the function found on obj's
 * class that the call can take with obj as first argument, so that no bound method is made; or null
 * when {@code obj.name} must be looked up as an ordinary attribute (an instance attribute, a module's
 * function, anything that is not a plain function on the class). The class lookup is cached: builtin
 * classes never change, and a user class's cache holds on the stable-dict assumptions of its MRO.
 */
@ImportStatic(LookupMethodNode.class)
public abstract class LookupMethodNode extends PyBaseNode {
    static final int LIMIT = 3;

    public abstract Object execute(Object receiver, String name);

    public static LookupMethodNode create() {
        return LookupMethodNodeGen.create();
    }

    @Specialization(guards = {"receiver.getUserClass() == cachedClass", "name == cachedName"}, assumptions = "stableMro", limit = "LIMIT")
    static Object doUserObject(PObject receiver, @SuppressWarnings("unused") String name,
                    @Cached("name") String cachedName,
                    @Cached("receiver.getUserClass()") PythonClass cachedClass,
                    @Cached(value = "stableAssumptions(cachedClass)", dimensions = 1) @SuppressWarnings("unused") Assumption[] stableMro,
                    @Cached("findMethod(cachedClass, cachedName)") Object method,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes) {
        if (method == null || attributes.containsKey(receiver.getAttributes(), cachedName)) {
            return null;
        }
        return method;
    }

    @Specialization(guards = {"hasNoInstanceAttributes(receiver)", "getClass.execute(receiver) == cachedClass", "cachedClass.isBuiltin()",
                    "name == cachedName"}, limit = "LIMIT")
    static Object doBuiltinClass(@SuppressWarnings("unused") Object receiver, @SuppressWarnings("unused") String name,
                    @Cached("name") @SuppressWarnings("unused") String cachedName,
                    @Cached(inline = false) @SuppressWarnings("unused") GetClassNode getClass,
                    @Cached("getClass.execute(receiver)") @SuppressWarnings("unused") PythonClass cachedClass,
                    @Cached("findMethod(cachedClass, cachedName)") Object method) {
        return method;
    }

    /** {@code module.f(...)}, {@code Class.f(...)}: always an attribute lookup, decided here without doGeneric's boundary call on a hot path. */
    @Specialization(guards = "hasOwnAttributesOnly(receiver)")
    static Object doOwnAttributes(@SuppressWarnings("unused") Object receiver, @SuppressWarnings("unused") String name) {
        return null;
    }

    @Specialization(replaces = {"doUserObject", "doBuiltinClass"})
    @TruffleBoundary
    static Object doGeneric(Object receiver, String name) {
        if (receiver instanceof PObject object) {
            return object.getAttribute(name) != null ? null : findMethod(object.getUserClass(), name);
        }
        return hasNoInstanceAttributes(receiver) ? findMethod(GetClassNode.getUncached().execute(receiver), name) : null;
    }

    /**
     * Objects whose attributes are not all their class's: instances with a dict of their own, objects
     * with fixed attributes (tracebacks, frames), modules, and classes (whose attributes are the class's own, bound differently).
     */
    static boolean hasNoInstanceAttributes(Object receiver) {
        return !(receiver instanceof PObject || hasOwnAttributesOnly(receiver));
    }

    /** The objects above but instances of user classes: for them {@code obj.name(...)} is always an attribute lookup. */
    static boolean hasOwnAttributesOnly(Object receiver) {
        return receiver instanceof PBaseException || receiver instanceof FixedAttributeObject || receiver instanceof PModule || receiver instanceof PythonClass;
    }

    /** What PyObject_GetAttr would bind to the instance as a method, or null. */
    static Object findMethod(PythonClass cls, String name) {
        if (PyObjectGetAttrNode.hasGetAttributeHook(cls)) {
            return null;
        }
        Object attr = cls.lookup(name);
        if (attr instanceof PFunction) {
            return attr;
        }
        if (attr instanceof PBuiltinFunction f && !f.isGetter() && !f.isClassmethod()) {
            return f;
        }
        return null;
    }

    public static Assumption[] stableAssumptions(PythonClass cls) {
        PythonClass[] mro = cls.getMro();
        Assumption[] result = new Assumption[mro.length];
        for (int i = 0; i < mro.length; i++) {
            result[i] = mro[i].getStableAssumption();
        }
        return result;
    }
}
