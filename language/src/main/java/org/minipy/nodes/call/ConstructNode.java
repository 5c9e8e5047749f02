package org.minipy.nodes.call;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
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
        if (newFunction == null) {
            throw PRaiseNode.raise(node, TypeError, "cannot create '%s' instances", cls.getQualifiedName());
        }
        return callNew.execute(newFunction, PArguments.withSelf(arguments, cls));
    }


    @Specialization(guards = "!cls.isBuiltin()")
    static Object doUser(PythonClass cls, Object[] arguments,
                    @Bind Node node,
                    @Cached(inline = false) PyObjectCallNode callInit) {
        PythonBuiltinClassType base = cls.getBuiltinBase();
        Object init = cls.lookup("__init__");
        boolean userInit = init instanceof PFunction;
        Object self;
        if (base.isExceptionType()) {
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
        if (userInit) {
            Object result = callInit.execute(init, PArguments.withSelf(arguments, self));
            if (result != PNone.NONE) {
                throw PRaiseNode.raise(node, TypeError, "__init__() should return None, not '%s'", typeName(result));
            }
        }
        return self;
    }

    private static String typeName(Object value) {
        return org.minipy.nodes.object.GetClassNode.getUncached().execute(value).getName();
    }
}
