package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.functions.BuiltinFunctions;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.ConstructNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

/** Methods of {@code object}, the base of every class. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.object)
public final class ObjectBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ObjectBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class ObjectNewNode extends org.minipy.builtins.PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            if (!(bound[0] instanceof PythonClass cls)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "object.__new__(X): X is not a type object (%s)",
                                GetClassNode.getUncached().execute(bound[0]).getName());
            }
            if (cls.isBuiltin() && cls.getBuiltinClassType() != PythonBuiltinClassType.object ||
                            !cls.isBuiltin() && cls.getBuiltinBase() != PythonBuiltinClassType.object) {
                String builtinName = cls.getBuiltinBase().getName();
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.getName(), builtinName);
            }
            if (((PTuple) bound[1]).size() != 0 || ((PDict) bound[2]).size() != 0) {
                checkExcessArguments(cls);
            }
            return new PObject(cls);
        }

        /** object_new: extra arguments are an error if the class overrides __new__ (which should not pass them) or not __init__. */
        @TruffleBoundary
        private void checkExcessArguments(PythonClass cls) {
            if (!ConstructNode.isBuiltinOf(cls.lookup("__new__"), PythonBuiltinClassType.object)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (ConstructNode.isBuiltinOf(cls.lookup("__init__"), PythonBuiltinClassType.object)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "%s() takes no arguments", cls.getName());
            }
        }
    }

    @Builtin(name = "__init__", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class ObjectInitNode extends org.minipy.builtins.PythonVarargsBuiltinNode {
        /** object_init: extra arguments are an error unless the class has its own __new__ (which took them) and no __init__. */
        @Specialization
        Object init(Object[] bound) {
            if (((PTuple) bound[1]).size() != 0 || ((PDict) bound[2]).size() != 0) {
                checkExcessArguments(bound[0]);
            }
            return PNone.NONE;
        }

        @TruffleBoundary
        private void checkExcessArguments(Object self) {
            PythonClass cls = GetClassNode.getUncached().execute(self);
            if (!isObjects(cls.lookup("__init__"))) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (isObjects(cls.lookup("__new__"))) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", cls.getName());
            }
        }

        private static boolean isObjects(Object method) {
            return method instanceof PBuiltinFunction f && f.getOwner() != null && f.getOwner().getBuiltinClassType() == PythonBuiltinClassType.object;
        }
    }

    /** object.__getattribute__: PyObject_GenericGetAttr. */
    @Builtin(name = "__getattribute__", parameters = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class ObjectGetAttributeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object get(Object self, Object name, @Cached GetClassNode getClass) {
            String attr = BuiltinFunctions.attributeName(this, name);
            Object value = PyObjectGetAttrNode.genericGetAttr(this, self, getClass.execute(self), attr);
            if (value == null) {
                throw PyObjectGetAttrNode.attributeError(this, self, attr);
            }
            return value;
        }
    }

    /** object.__setattr__: PyObject_GenericSetAttr. */
    @Builtin(name = "__setattr__", parameters = {"self", "name", "value"})
    @GenerateNodeFactory
    public abstract static class ObjectSetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object set(Object self, Object name, Object value, @Cached GetClassNode getClass) {
            PyObjectSetAttrNode.genericSetAttr(this, self, getClass.execute(self), BuiltinFunctions.attributeName(this, name), value);
            return PNone.NONE;
        }
    }

    /** object.__delattr__: PyObject_GenericSetAttr without a value. */
    @Builtin(name = "__delattr__", parameters = {"self", "name"})
    @GenerateNodeFactory
    public abstract static class ObjectDelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delete(Object self, Object name, @Cached GetClassNode getClass) {
            PyObjectSetAttrNode.genericSetAttr(this, self, getClass.execute(self), BuiltinFunctions.attributeName(this, name), null);
            return PNone.NONE;
        }
    }

    /** object___init_subclass__: the end of every class's chain of __init_subclass__ calls, which takes no arguments. */
    @Builtin(name = "__init_subclass__", parameters = {"cls"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ObjectInitSubclassNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object initSubclass(@SuppressWarnings("unused") Object cls) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ObjectReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String repr(Object self) {
            return org.minipy.nodes.object.PyObjectReprNode.objectRepr(self);
        }
    }
}
