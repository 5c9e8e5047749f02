package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.Descriptors;
import org.minipy.nodes.object.GetClassNode;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * A super object (Objects/typeobject.c superobject): attribute lookup in the MRO of {@code objType} starting
 * after {@code thisClass}, binding what it finds to {@code obj}. Unbound super objects ({@code super(C)}) have
 * no obj and find nothing there.
 */
public final class PSuper extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"__thisclass__", "__self__", "__self_class__"};

    private final PythonClass thisClass;
    /** The object, or null for an unbound super. */
    private final Object obj;
    /** Whose MRO the lookup walks: obj itself if it is a class, else its class; null for an unbound super. */
    private final PythonClass objType;

    private PSuper(PythonClass thisClass, Object obj, PythonClass objType) {
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    /** {@code super(type, obj)} with super_init's and supercheck's checks; obj null or None makes an unbound super. */
    @TruffleBoundary
    public static PSuper create(Node node, Object type, Object obj) {
        if (!(type instanceof PythonClass thisClass)) {
            throw PRaiseNode.raise(node, TypeError, "super() argument 1 must be a type, not %s", GetClassNode.getUncached().execute(type).getName());
        }
        if (obj == null || obj == PNone.NONE) {
            return new PSuper(thisClass, null, null);
        }
        if (obj instanceof PythonClass c && c.isSubclassOf(thisClass)) {
            return new PSuper(thisClass, obj, c);
        }
        PythonClass cls = GetClassNode.getUncached().execute(obj);
        if (cls.isSubclassOf(thisClass)) {
            return new PSuper(thisClass, obj, cls);
        }
        String what = obj instanceof PythonClass c ? "type " + c.getName() : "instance of " + cls.getName();
        throw PRaiseNode.raise(node, TypeError, "super(type, obj): obj (%s) is not an instance or subtype of type (%s).", what, thisClass.getName());
    }

    public PythonClass getThisClass() {
        return thisClass;
    }

    public PythonClass getObjType() {
        return objType;
    }

    /** super_getattro: the MRO after thisClass first (but never for {@code __class__}), then the super object's own attributes. */
    @Override
    @TruffleBoundary
    public Object getAttribute(String name) {
        if (objType != null && !name.equals("__class__")) {
            PythonClass[] mro = objType.getMro();
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                Object attr = mro[i].getOwn(name);
                if (attr != null) {
                    return bind(attr);
                }
            }
        }
        return switch (name) {
            case "__thisclass__" -> thisClass;
            case "__self__" -> obj == null ? PNone.NONE : obj;
            case "__self_class__" -> objType == null ? PNone.NONE : objType;
            default -> null;
        };
    }

    /** The descriptor's __get__(obj, objType), where obj counts as absent when it is the class the lookup walks. */
    private Object bind(Object attr) {
        return Descriptors.get(null, attr, obj == objType ? null : obj, objType);
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.super_;
    }
}
