package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.object.DynamicObjectLibrary;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PTraceback;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code obj.name = value}: PyObject_SetAttr. */
@GenerateUncached
public abstract class PyObjectSetAttrNode extends PyBaseNode {
    public abstract void execute(Object object, String name, Object value);

    public static PyObjectSetAttrNode create() {
        return PyObjectSetAttrNodeGen.create();
    }

    @Specialization
    static void doInstance(PObject object, String name, Object value,
                    @CachedLibrary(limit = "3") DynamicObjectLibrary attributes) {
        attributes.put(object.getAttributes(), name, value);
    }

    @Specialization(replaces = "doInstance")
    @TruffleBoundary
    static void doGeneric(Object object, String name, Object value, @Bind Node node) {
        if (object instanceof PObject obj) {
            obj.setAttribute(name, value);
        } else if (object instanceof PModule m) {
            m.put(name, value);
        } else if (object instanceof PythonClass c && !c.isBuiltin()) {
            c.setAttribute(name, value);
        } else if (object instanceof PythonClass c) {
            throw PRaiseNode.raise(node, TypeError, "cannot set '%s' attribute of immutable type '%s'", name, c.getName());
        } else if (object instanceof PBaseException e) {
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
        } else {
            PythonClass cls = GetClassNode.getUncached().execute(object);
            Object attr = cls.lookup(name);
            if (attr instanceof PBuiltinFunction f && f.isGetter()) {
                throw PyObjectDelAttr.notWritable(node, cls, name);
            }
            if (attr != null) {
                throw PRaiseNode.raise(node, AttributeError, "'%s' object attribute '%s' is read-only", cls.getName(), name);
            }
            throw PRaiseNode.raise(node, AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                            cls.getName(), name);
        }
    }
}
