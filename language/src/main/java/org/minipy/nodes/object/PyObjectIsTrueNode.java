package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;

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
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;

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

    @Fallback
    @TruffleBoundary
    static boolean doGeneric(Object value) {
        PythonClass cls = GetClassNode.getUncached().execute(value);
        Object bool = cls.lookupSpecial("__bool__");
        if (bool != null) {
            Object r = PyObjectCallNode.getUncached().execute(bool, PArguments.ofPositional(value));
            if (!(r instanceof Boolean b)) {
                throw PRaiseNode.raise(null, TypeError, "__bool__ should return bool, returned %s", GetClassNode.getUncached().execute(r).getName());
            }
            return b;
        }
        Object len = cls.lookupSpecial("__len__");
        if (len != null) {
            return PyObjectSizeNode.getUncached().execute(value) != 0;
        }
        return true;
    }
}
