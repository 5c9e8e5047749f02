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
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

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
    static Object doGeneric(Object value, @Bind Node node, @Cached CallSpecialMethodNode callIndex) {
        Object r = callIndex.call(value, SpecialMethodSlot.INDEX);
        if (r == null || r instanceof Long || r instanceof PInt) {
            return r;
        }
        if (r instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        throw notInt(node, r);
    }

    @TruffleBoundary
    private static PException notInt(Node node, Object result) {
        throw PRaiseNode.raise(node, TypeError, "__index__ returned non-int (type %s)", GetClassNode.getUncached().execute(result).getName());
    }
}
