package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;

/** {@code del obj.name}: PyObject_DelAttr for instances, modules and user classes. */
public final class PyObjectDelAttr {
    private PyObjectDelAttr() {
    }

    @TruffleBoundary
    public static void delete(Node node, Object object, String name) {
        boolean removed;
        if (object instanceof PObject obj) {
            removed = obj.removeAttribute(name);
        } else if (object instanceof PModule module) {
            removed = module.remove(name);
        } else if (object instanceof PythonClass cls && !cls.isBuiltin()) {
            removed = cls.removeAttribute(name);
        } else {
            removed = false;
        }
        if (!removed) {
            PythonClass cls = GetClassNode.getUncached().execute(object);
            if (!(object instanceof PythonClass) && cls.lookup(name) instanceof PBuiltinFunction f && f.isGetter()) {
                throw notWritable(node, cls, name);
            }
            throw PyObjectGetAttrNode.attributeError(node, object, name);
        }
    }

    /** Setting or deleting a computed attribute of a builtin object (a getset descriptor without setter). */
    static RuntimeException notWritable(Node node, PythonClass cls, String name) {
        return PRaiseNode.raise(node, AttributeError, "attribute '%s' of '%s' objects is not writable", name, cls.getName());
    }
}
