package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.dsl.Cached;

import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code len(x)}: PyObject_Size. */
@GenerateUncached
public abstract class PyObjectSizeNode extends PyBaseNode {
    public abstract int execute(Object value);

    public static PyObjectSizeNode create() {
        return PyObjectSizeNodeGen.create();
    }

    public static PyObjectSizeNode getUncached() {
        return PyObjectSizeNodeGen.getUncached();
    }

    @Specialization
    static int doList(PList value) {
        return value.size();
    }

    @Specialization
    static int doTuple(PTuple value) {
        return value.size();
    }

    @Specialization
    @TruffleBoundary
    static int doString(String value) {
        return value.codePointCount(0, value.length());
    }

    @Specialization
    static int doDict(PDict value) {
        return value.size();
    }

    @Specialization
    static int doSet(PSet value) {
        return value.size();
    }

    @Specialization
    static int doBytes(PBytes value) {
        return value.length();
    }

    @Specialization
    static int doByteArray(PByteArray value) {
        return value.length();
    }

    @Specialization
    static int doRange(PRange value, @Bind Node node) {
        if (value.getLength() > Integer.MAX_VALUE) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (int) value.getLength();
    }

    @Specialization
    static int doBigRange(PBigRange value, @Bind Node node) {
        long length = value.lengthAsSize(node);
        if (length > Integer.MAX_VALUE) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (int) length;
    }

    @Specialization
    static int doMemoryView(PMemoryView value, @Bind Node node) {
        return MemoryViewBuiltins.LenNode.length(node, value);
    }

    /** slot_sq_length. */
    @Fallback
    static int doGeneric(Object value, @Bind Node node, @Cached CallSpecialMethodNode callLen) {
        Object r = callLen.call(value, SpecialMethodSlot.LEN);
        if (r instanceof Long l && l >= 0 && l <= Integer.MAX_VALUE) {
            return (int) (long) l;
        }
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw badLength(node, value, r);
    }

    @TruffleBoundary
    private static PException badLength(Node node, Object value, Object r) {
        if (r == null) {
            throw PRaiseNode.raise(node, TypeError, "object of type '%s' has no len()", GetClassNode.getUncached().execute(value).getName());
        }
        if (r instanceof Long l && l < 0) {
            throw PRaiseNode.raise(node, ValueError, "__len__() should return >= 0");
        }
        if (r instanceof Long || r instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(r).getName());
    }
}
