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

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * operator.index(x): the int value of an int, bool or object with {@code __index__} (a Long or PInt),
 * or null for anything else, so that each caller raises its own message.
 */
@GenerateUncached
public abstract class PyNumberIndexNode extends PyBaseNode {
    public abstract Object executeOrNull(Object value);

    public static PyNumberIndexNode create() {
        return PyNumberIndexNodeGen.create();
    }

    public static PyNumberIndexNode getUncached() {
        return PyNumberIndexNodeGen.getUncached();
    }

    @Specialization
    static Object doBoolean(boolean value) {
        return value ? 1L : 0L;
    }

    @Specialization
    static Object doLong(long value) {
        return value;
    }

    @Specialization
    static Object doPInt(PInt value) {
        return value;
    }

    @Fallback
    @TruffleBoundary
    static Object doGeneric(Object value) {
        PythonClass cls = GetClassNode.getUncached().execute(value);
        Object index = cls.lookupSpecial("__index__");
        if (index == null) {
            return null;
        }
        Object r = PyObjectCallNode.getUncached().execute(index, PArguments.ofPositional(value));
        if (r instanceof Long || r instanceof PInt) {
            return r;
        }
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw PRaiseNode.raise(null, TypeError, "__index__ returned non-int (type %s)", GetClassNode.getUncached().execute(r).getName());
    }
}
