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
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PSet;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.PException;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** Python truthiness: PyObject_IsTrue. */
@GenerateUncached
public abstract class PyObjectIsTrueNode extends PyBaseNode {
    public abstract boolean execute(Object value);

    public static PyObjectIsTrueNode create() {
        return PyObjectIsTrueNodeGen.create();
    }

    public static PyObjectIsTrueNode getUncached() {
        return PyObjectIsTrueNodeGen.getUncached();
    }

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static boolean doLong(long value) {
        return value != 0;
    }

    @Specialization
    static boolean doDouble(double value) {
        return value != 0;
    }

    @Specialization
    static boolean doString(String value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doNone(@SuppressWarnings("unused") PNone value) {
        return false;
    }

    @Specialization
    static boolean doList(PList value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doTuple(PTuple value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doDict(PDict value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doSet(PSet value) {
        return value.size() != 0;
    }

    @Specialization
    static boolean doBytes(PBytes value) {
        return value.length() != 0;
    }

    @Specialization
    static boolean doByteArray(PByteArray value) {
        return value.length() != 0;
    }

    @Specialization
    static boolean doRange(PRange value) {
        return value.getLength() != 0;
    }

    @Specialization
    static boolean doBigRange(PBigRange value) {
        return !value.isEmpty();
    }

    @Specialization
    static boolean doPInt(@SuppressWarnings("unused") PInt value) {
        return true;
    }

    /** slot_nb_bool: __bool__, else __len__, else true. */
    @Fallback
    static boolean doGeneric(Object value, @Bind Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupSpecialMethodNode lookup,
                    @Cached CallSpecialMethodNode callBool,
                    @Cached(inline = false) PyObjectSizeNode size) {
        PythonClass cls = getClass.execute(value);
        if (lookup.execute(cls, SpecialMethodSlot.BOOL) != null) {
            Object r = callBool.call(value, SpecialMethodSlot.BOOL);
            if (!(r instanceof Boolean b)) {
                throw notBool(node, r);
            }
            return b;
        }
        if (lookup.execute(cls, SpecialMethodSlot.LEN) != null) {
            return size.execute(value) != 0;
        }
        return true;
    }

    @TruffleBoundary
    private static PException notBool(Node node, Object result) {
        throw PRaiseNode.raise(node, TypeError, "__bool__ should return bool, returned %s", GetClassNode.getUncached().execute(result).getName());
    }
}
