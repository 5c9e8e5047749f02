package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;

/** {@code del obj.name}: PyObject_DelAttr, the class's {@code __delattr__} or the generic deletion. */
public final class PyObjectDelAttr {
    private PyObjectDelAttr() {
    }

    @TruffleBoundary
    public static void delete(Node node, Object object, String name) {
        PythonClass cls = GetClassNode.getUncached().execute(object);
        if (PyObjectSetAttrNode.hasSetAttrHook(cls, "__delattr__")) {
            PyObjectCallNode.getUncached().execute(cls.lookup("__delattr__"), PArguments.ofPositional(object, name));
            return;
        }
        PyObjectSetAttrNode.genericSetAttr(node, object, cls, name, null);
    }

    /** Setting or deleting a computed attribute of a builtin object (a getset descriptor without setter). */
    static RuntimeException notWritable(Node node, PythonClass cls, String name) {
        return PRaiseNode.raise(node, AttributeError, "attribute '%s' of '%s' objects is not writable", name, cls.getName());
    }
}
