package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PModule;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PythonClass;

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
            throw PyObjectGetAttrNode.attributeError(node, object, name);
        }
    }
}
