package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code cls(...)}: type_call. Builtin classes construct through their {@code __new__} builtin; user
 * classes make an instance of their builtin base and run {@code __init__}.
 */
@GenerateUncached
public abstract class ConstructNode extends PyBaseNode {
    public abstract Object execute(PythonClass cls, Object[] arguments);

    @Specialization(guards = {"cls == cachedClass", "cachedClass.isBuiltin()"}, limit = "3")
    static Object doBuiltinCached(@SuppressWarnings("unused") PythonClass cls, Object[] arguments,
                    @Cached("cls") PythonClass cachedClass,
                    @Cached("lookupNew(cachedClass)") Object cachedNew,
                    @Bind Node node,
                    @Cached(inline = false) PyObjectCallNode callNew) {
        return callBuiltinNew(node, cachedClass, cachedNew, arguments, callNew);
    }

    @Specialization(guards = "cls.isBuiltin()", replaces = "doBuiltinCached")
    static Object doBuiltin(PythonClass cls, Object[] arguments,
                    @Bind Node node,
                    @Cached(inline = false) PyObjectCallNode callNew) {
        return callBuiltinNew(node, cls, lookupNew(cls), arguments, callNew);
    }

    static Object lookupNew(PythonClass cls) {
        return cls.lookup("__new__");
    }

    private static Object callBuiltinNew(Node node, PythonClass cls, Object newFunction, Object[] arguments, PyObjectCallNode callNew) {
        // a builtin class without a __new__ of its own has no tp_new: object's does not apply
        if (newFunction == null || cls.getBuiltinClassType() != PythonBuiltinClassType.object && isBuiltinOf(newFunction, PythonBuiltinClassType.object)) {
            throw PRaiseNode.raise(node, TypeError, "cannot create '%s' instances", cls.getQualifiedName());
        }
        Object result = callNew.execute(newFunction, PArguments.withSelf(arguments, cls));
        if (cls.getBuiltinClassType() == PythonBuiltinClassType.type && arguments.length != PArguments.FIRST_VALUE + 1 &&
                        result instanceof PythonClass made && made.getUserClass() != null) {
            // type(name, bases, dict) whose bases have a metaclass: type_call runs that metaclass's __init__
            Object init = made.getUserClass().lookup("__init__");
            if (init instanceof PFunction) {
                callNew.execute(init, PArguments.withSelf(arguments, made));
            }
        }
        return result;
    }


    @Specialization(guards = "!cls.isBuiltin()")
    static Object doUser(PythonClass cls, Object[] arguments,
                    @Bind Node node,
                    @Cached(inline = false) PyObjectCallNode call) {
        PythonClass meta = cls.getUserClass();
        if (meta != null) {
            Object metaCall = meta.lookup("__call__");
            if (!isBuiltinOf(metaCall, PythonBuiltinClassType.type)) {
                return call.execute(metaCall, PArguments.withSelf(arguments, cls));
            }
        }
        return typeCall(node, cls, arguments, call);
    }

    /**
     * type_call for a user class: its {@code __new__} (object's makes an instance of the builtin base), then its
     * {@code __init__} if the result is an instance of it.
     */
    public static Object typeCall(Node node, PythonClass cls, Object[] arguments, PyObjectCallNode call) {
        if (cls.isBuiltin()) {
            return callBuiltinNew(node, cls, lookupNew(cls), arguments, call);
        }
        PythonBuiltinClassType base = cls.getBuiltinBase();
        Object newMethod = cls.lookup("__new__");
        Object init = cls.lookup("__init__");
        boolean userInit = init instanceof PFunction;
        Object self;
        if (newMethod instanceof PStaticMethod || newMethod instanceof PFunction || base == PythonBuiltinClassType.type) {
            Object function = newMethod instanceof PStaticMethod s ? s.getCallable() : newMethod;
            self = call.execute(function, PArguments.withSelf(arguments, cls));
            if (!isInstance(self, cls)) {
                return self;
            }
        } else if (base.isExceptionType()) {
            int npos = PArguments.getPositionalCount(arguments);
            Object[] args = new Object[npos];
            System.arraycopy(arguments, PArguments.FIRST_VALUE, args, 0, npos);
            self = new PBaseException(base, cls, new PTuple(args));
        } else if (base == PythonBuiltinClassType.object) {
            if (!userInit && arguments.length > PArguments.FIRST_VALUE) {
                throw PRaiseNode.raise(node, TypeError, "%s() takes no arguments", cls.getName());
            }
            self = new PObject(cls);
        } else {
            throw PRaiseNode.raise(node, TypeError, "minipy cannot subclass '%s' yet", base.getName());
        }
        if (userInit || base == PythonBuiltinClassType.type && init != null) {
            Object result = call.execute(init, PArguments.withSelf(arguments, self));
            if (result != PNone.NONE) {
                throw PRaiseNode.raise(node, TypeError, "__init__() should return None, not '%s'", typeName(result));
            }
        }
        return self;
    }

    @TruffleBoundary
    private static boolean isInstance(Object value, PythonClass cls) {
        return GetClassNode.getUncached().execute(value).isSubclassOf(cls);
    }

    /** Whether the method is a builtin of the given class (type's __call__, object's __init__). */
    public static boolean isBuiltinOf(Object method, PythonBuiltinClassType owner) {
        return method instanceof PBuiltinFunction f && f.getOwner() != null && f.getOwner().getBuiltinClassType() == owner;
    }

    private static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }
}
