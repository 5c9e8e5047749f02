package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
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
import org.minipy.runtime.PythonClass;

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

    @Fallback
    @TruffleBoundary
    static int doGeneric(Object value, @Bind Node node) {
        PythonClass cls = GetClassNode.getUncached().execute(value);
        Object len = cls.lookupSpecial("__len__");
        if (len == null) {
            throw PRaiseNode.raise(node, TypeError, "object of type '%s' has no len()", cls.getName());
        }
        Object r = PyObjectCallNode.getUncached().execute(len, PArguments.ofPositional(value));
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (r instanceof Long l) {
            if (l < 0) {
                throw PRaiseNode.raise(node, ValueError, "__len__() should return >= 0");
            }
            if (l > Integer.MAX_VALUE) {
                throw PRaiseNode.raise(node, OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return (int) (long) l;
        }
        if (r instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(r).getName());
    }
}
