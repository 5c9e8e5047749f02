package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.formatting.SpecFormatter;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * PyObject_Format, what {@code format(value, spec)}, an f-string's {@code {value:spec}} (FORMAT_VALUE, also
 * without a spec) and str.format's fields all do: the value's {@code __format__}; the builtin types' own
 * (the spec mini-language), or object.__format__ (str of the value, and only an empty spec).
 */
@GenerateUncached
public abstract class PyObjectFormatNode extends PyBaseNode {
    public abstract String execute(Object value, String spec);

    public static PyObjectFormatNode create() {
        return PyObjectFormatNodeGen.create();
    }

    public static PyObjectFormatNode getUncached() {
        return PyObjectFormatNodeGen.getUncached();
    }

    // PyObject_Format's fast path: an exact str with an empty spec is itself
    @Specialization(guards = "spec.isEmpty()")
    static String doEmptyString(String value, @SuppressWarnings("unused") String spec) {
        return value;
    }

    @Specialization(guards = "spec.isEmpty()")
    static String doEmptyBoolean(boolean value, @SuppressWarnings("unused") String spec) {
        return value ? "True" : "False";
    }

    @Specialization(guards = "spec.isEmpty()")
    @TruffleBoundary
    static String doEmptyLong(long value, @SuppressWarnings("unused") String spec) {
        return Long.toString(value);
    }

    @Fallback
    @TruffleBoundary
    static String doGeneric(Object value, String spec, @Bind Node node) {
        if (value instanceof String s) {
            return SpecFormatter.formatString(node, s, spec);
        } else if (IntMath.isInt(value)) {
            return spec.isEmpty() ? PyObjectStrNode.getUncached().execute(value) : SpecFormatter.formatInt(node, value, spec, typeName(value));
        } else if (value instanceof Double d) {
            return spec.isEmpty() ? PyObjectStrNode.getUncached().execute(value) : SpecFormatter.formatFloat(node, d, spec);
        }
        Object method = GetClassNode.getUncached().execute(value).lookupSpecial("__format__");
        if (method == null) {
            // object.__format__
            if (!spec.isEmpty()) {
                throw PRaiseNode.raise(node, TypeError, "unsupported format string passed to %s.__format__", typeName(value));
            }
            return PyObjectStrNode.getUncached().execute(value);
        }
        Object result = PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(value, spec));
        if (!(result instanceof String s)) {
            throw PRaiseNode.raise(node, TypeError, "__format__ must return a str, not %s", typeName(result));
        }
        return s;
    }

    private static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }
}
