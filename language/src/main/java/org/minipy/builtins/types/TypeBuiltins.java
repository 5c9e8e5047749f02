package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.ConstructNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.statement.TypeNew;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code type} (Objects/typeobject.c): the class of a value, and the metaclass that makes classes. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.type)
public final class TypeBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TypeBuiltinsFactory.getFactories();
    }

    /** type_new: {@code type(x)}, or {@code type(name, bases, dict)} and metaclasses' {@code super().__new__(...)}. */
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class TypeNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound, @Cached GetClassNode getClass) {
            PTuple args = (PTuple) bound[1];
            PDict kwargs = (PDict) bound[2];
            boolean exactlyType = bound[0] instanceof PythonClass c && c.getBuiltinClassType() == PythonBuiltinClassType.type;
            if (exactlyType && args.size() == 1 && kwargs.size() == 0) {
                return getClass.execute(args.get(0));
            }
            return newClass(bound[0], args, kwargs, exactlyType);
        }

        @TruffleBoundary
        private Object newClass(Object metaclass, PTuple args, PDict kwargs, boolean exactlyType) {
            if (!(metaclass instanceof PythonClass meta) || !meta.isSubclassOf(PythonBuiltinClassType.type)) {
                throw PRaiseNode.raise(this, TypeError, "type.__new__(X): X is not a type object (%s)", typeName(metaclass));
            }
            if (args.size() != 3) {
                if (exactlyType) {
                    throw PRaiseNode.raise(this, TypeError, "type() takes 1 or 3 arguments");
                }
                throw PRaiseNode.raise(this, TypeError, "type.__new__() takes exactly 3 arguments (%d given)", args.size());
            }
            if (!(args.get(0) instanceof String name)) {
                throw PRaiseNode.raise(this, TypeError, "type.__new__() argument 1 must be str, not %s", typeName(args.get(0)));
            }
            if (!(args.get(1) instanceof PTuple bases)) {
                throw PRaiseNode.raise(this, TypeError, "type.__new__() argument 2 must be tuple, not %s", typeName(args.get(1)));
            }
            if (!(args.get(2) instanceof PDict namespace)) {
                throw PRaiseNode.raise(this, TypeError, "type.__new__() argument 3 must be dict, not %s", typeName(args.get(2)));
            }
            PythonClass winner = TypeNew.calculateMetaclass(this, meta, bases.getItems());
            if (winner != meta) {
                // type_new: the most derived metaclass makes the class, with its own __new__ if it has one
                Object winnerNew = winner.lookup("__new__");
                if (winnerNew instanceof PStaticMethod s) {
                    Object[] newArgs = PArguments.ofStarred(new Object[]{winner, name, bases, namespace}, kwargs);
                    return PyObjectCallNode.getUncached().execute(s.getCallable(), newArgs);
                }
            }
            PythonClass cls = TypeNew.create(this, name, bases.getItems(), winner);
            for (Object[] entry : namespace.entries()) {
                if (entry[0] instanceof String key) {
                    cls.setAttribute(key, entry[1]);
                }
            }
            TypeNew.finish(this, cls, kwargs);
            return cls;
        }

        private static String typeName(Object value) {
            return GetClassNode.getUncached().execute(value).getName();
        }
    }

    /** type_init: the arguments were type_new's; only their number is checked. */
    @Builtin(name = "__init__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class TypeInitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object init(Object[] bound) {
            int n = ((PTuple) bound[1]).size();
            if (n != 1 && n != 3) {
                throw PRaiseNode.raise(this, TypeError, "type.__init__() takes 1 or 3 arguments");
            }
            return PNone.NONE;
        }
    }

    /** type_call: what calling a class does, for metaclasses' {@code super().__call__(...)}. */
    @Builtin(name = "__call__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class TypeCallNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object call(Object[] bound, @Cached PyObjectCallNode call) {
            if (!(bound[0] instanceof PythonClass cls)) {
                throw PRaiseNode.raise(this, TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'",
                                GetClassNode.getUncached().execute(bound[0]).getName());
            }
            return ConstructNode.typeCall(this, cls, PArguments.ofStarred(((PTuple) bound[1]).getItems(), (PDict) bound[2]), call);
        }
    }

    /** type___prepare__: the namespace of a class body is a new dict. */
    @Builtin(name = "__prepare__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs", isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class TypePrepareNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object prepare(@SuppressWarnings("unused") Object[] bound) {
            return new PDict();
        }
    }
}
