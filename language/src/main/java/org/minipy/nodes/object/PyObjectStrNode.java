package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code str(x)}: PyObject_Str. */
@GenerateUncached
public abstract class PyObjectStrNode extends PyBaseNode {
    public abstract String execute(Object value);

    public static PyObjectStrNode create() {
        return PyObjectStrNodeGen.create();
    }

    public static PyObjectStrNode getUncached() {
        return PyObjectStrNodeGen.getUncached();
    }

    @Specialization
    static String doString(String value) {
        return value;
    }

    @Specialization
    static String doBoolean(boolean value) {
        return value ? "True" : "False";
    }

    @Specialization
    @TruffleBoundary
    static String doLong(long value) {
        return Long.toString(value);
    }

    @Specialization
    static String doException(PBaseException value) {
        PythonClass user = value.getUserClass();
        if (user != null) {
            Object str = user.lookup("__str__");
            if (str != null && !(str instanceof PBuiltinFunction)) {
                return callStr(str, value);
            }
        }
        return exceptionStr(value);
    }

    // BaseException_str, KeyError_str
    @TruffleBoundary
    private static String exceptionStr(PBaseException e) {
        PTuple args = e.getArgs();
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            Object arg = args.get(0);
            boolean isKeyError = e.getUserClass() != null ? e.getUserClass().isSubclassOf(PythonBuiltinClassType.KeyError)
                            : e.getType() == PythonBuiltinClassType.KeyError;
            return isKeyError ? PyObjectReprNode.getUncached().execute(arg) : PyObjectStrNode.getUncached().execute(arg);
        }
        return PyObjectReprNode.getUncached().execute(args);
    }

    @TruffleBoundary
    private static String callStr(Object str, Object value) {
        Object result = PyObjectCallNode.getUncached().execute(str, PArguments.ofPositional(value));
        if (!(result instanceof String s)) {
            throw notString(null, result);
        }
        return s;
    }

    @TruffleBoundary
    private static PException notString(Node node, Object result) {
        throw PRaiseNode.raise(node, TypeError, "__str__ returned non-string (type %s)", GetClassNode.getUncached().execute(result).getName());
    }

    @Fallback
    static String doGeneric(Object value, @Bind Node node,
                    @Cached(inline = false) CallSpecialMethodNode callStr,
                    @Cached(inline = false) PyObjectReprNode repr) {
        Object result = callStr.call(value, SpecialMethodSlot.STR);
        if (result == null) {
            return repr.execute(value);
        }
        if (!(result instanceof String s)) {
            throw notString(node, result);
        }
        return s;
    }
}
