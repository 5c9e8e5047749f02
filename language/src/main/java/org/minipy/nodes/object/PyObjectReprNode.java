package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.formatting.FloatFormatter;
import org.minipy.runtime.formatting.StringRepr;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code repr(x)}: PyObject_Repr. */
@GenerateUncached
public abstract class PyObjectReprNode extends PyBaseNode {
    public abstract String execute(Object value);

    public static PyObjectReprNode create() {
        return PyObjectReprNodeGen.create();
    }

    public static PyObjectReprNode getUncached() {
        return PyObjectReprNodeGen.getUncached();
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
    static String doDouble(double value) {
        return FloatFormatter.repr(value);
    }

    @Specialization
    static String doString(String value) {
        return StringRepr.repr(value);
    }

    @Specialization
    static String doPInt(PInt value) {
        return value.toString();
    }

    /** object.__repr__: the builtin repr even where the value's class defines its own __repr__ (which may call this one). */
    @TruffleBoundary
    public static String objectRepr(Object value) {
        return ObjectRepr.builtinRepr(value, GetClassNode.getUncached().execute(value));
    }

    @Fallback
    @TruffleBoundary
    static String doGeneric(Object value) {
        PythonClass cls = GetClassNode.getUncached().execute(value);
        Object repr = cls.lookupSpecial("__repr__");
        if (repr != null) {
            Object result = PyObjectCallNode.getUncached().execute(repr, PArguments.ofPositional(value));
            if (!(result instanceof String s)) {
                throw PRaiseNode.raise(null, TypeError, "__repr__ returned non-string (type %s)",
                                GetClassNode.getUncached().execute(result).getName());
            }
            return s;
        }
        return ObjectRepr.builtinRepr(value, cls);
    }
}
