package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
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
            PythonClass cls = (PythonClass) bound[0];
            if (cls.isBuiltin() && cls.getBuiltinClassType() != PythonBuiltinClassType.object) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "cannot create '%s' instances", cls.getQualifiedName());
            }
            return new PObject(cls);
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

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ObjectReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String repr(Object self) {
            return org.minipy.nodes.object.PyObjectReprNode.objectRepr(self);
        }
    }
}
