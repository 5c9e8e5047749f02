package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.FixedAttributeObject;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;

/** {@code obj.name}: PyObject_GetAttr with Python's lookup order for the kinds of objects minipy has. */
@GenerateUncached
public abstract class PyObjectGetAttrNode extends PyBaseNode {
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

    /** An instance's own attribute, then its class's (lookup). */
    @Specialization
    static Object doInstance(PObject object, String name, @Bind Node node,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes) {
        Object value = attributes.getOrDefault(object.getAttributes(), name, null);
        if (value != null) {
            return value;
        }
        return doGeneric(object, name, node);
    }

    @Specialization(replaces = "doModuleCached")
    static Object doGeneric(Object object, String name, @Bind Node node) {
        Object result = lookup(object, name);
        if (result == null) {
            throw attributeError(node, object, name);
        }
        return result;
    }

    /** The attribute, or null if there is none. */
    @TruffleBoundary
    public static Object lookup(Object object, String name) {
        if (object instanceof PModule module) {
            return module.get(name);
        }
        if (object instanceof PythonClass cls) {
            return classAttribute(cls, name);
        }
        if (object instanceof PObject obj) {
            Object v = obj.getAttribute(name);
            if (v != null) {
                return v;
            }
        } else if (object instanceof PBaseException e) {
            Object v = exceptionAttribute(e, name);
            if (v != null) {
                return v;
            }
        } else if (object instanceof FixedAttributeObject o) {
            Object v = o.getAttribute(name);
            if (v != null) {
                return v;
            }
        } else if (object instanceof PFunction f) {
            switch (name) {
                case "__name__":
                    return f.getName();
                case "__qualname__":
                    return f.getQualname();
                default:
                    break;
            }
        } else if (object instanceof PBuiltinFunction f && name.equals("__name__")) {
            return f.getName();
        }
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (name.equals("__class__")) {
            return cls;
        }
        Object attr = cls.lookup(name);
        if (attr == null) {
            return null;
        }
        return bind(object, cls, attr);
    }

    private static Object bind(Object object, PythonClass cls, Object attr) {
        if (attr instanceof PBuiltinFunction f) {
            if (f.isGetter()) {
                return PyObjectCallNode.getUncached().execute(f, PArguments.ofPositional(object));
            }
            if (f.isClassmethod()) {
                return new PMethod(cls, f);
            }
            return new PMethod(object, f);
        } else if (attr instanceof PFunction) {
            return new PMethod(object, attr);
        }
        return attr;
    }

    private static Object classAttribute(PythonClass cls, String name) {
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
            default:
                break;
        }
        Object attr = cls.lookup(name);
        if (attr instanceof PBuiltinFunction f && f.isClassmethod()) {
            return new PMethod(cls, f);
        }
        if (attr == null) {
            // attributes of the metaclass, such as type.mro, are not modelled
            return null;
        }
        return attr;
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
