package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.formatting.FloatFormatter;
import org.minipy.runtime.formatting.StringRepr;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

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
    static String doGeneric(Object value, @Bind Node node, @Cached CallSpecialMethodNode callRepr) {
        Object result = callRepr.call(value, SpecialMethodSlot.REPR);
        if (result == null) {
            return objectRepr(value);
        }
        if (!(result instanceof String s)) {
            throw notString(node, result);
        }
        return s;
    }

    @TruffleBoundary
    private static PException notString(Node node, Object result) {
        throw PRaiseNode.raise(node, TypeError, "__repr__ returned non-string (type %s)", GetClassNode.getUncached().execute(result).getName());
    }
}
