package org.minipy.nodes.operators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.*;

/** {@code a + b}. */
@GenerateUncached
public abstract class AddNode extends BinaryOpNode {
    public static AddNode create() {
        return AddNodeGen.create();
    }

    public static AddNode getUncached() {
        return AddNodeGen.getUncached();
    }

    @Specialization(rewriteOn = ArithmeticException.class)
    static long doLong(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization(replaces = "doLong")
    static Object doLongOverflow(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return IntMath.add(a, b);
        }
        return r;
    }

    @Specialization
    static double doDouble(double a, double b) {
        return a + b;
    }

    @Specialization
    static double doLongDouble(long a, double b) {
        return a + b;
    }

    @Specialization
    static double doDoubleLong(double a, long b) {
        return a + b;
    }

    @Specialization(guards = {"isInt(a)", "isInt(b)"})
    static Object doBig(Object a, Object b) {
        return IntMath.add(a, b);
    }

    @Specialization
    static double doBigDouble(PInt a, double b, @Bind Node node) {
        return IntMath.toDouble(node, a) + b;
    }

    @Specialization
    static double doDoubleBig(double a, PInt b, @Bind Node node) {
        return a + IntMath.toDouble(node, b);
    }

    @Specialization
    @TruffleBoundary
    static String doString(String a, String b) {
        return a.concat(b);
    }

    @Specialization
    static PList doList(PList a, PList b) {
        return PList.concat(a, b);
    }

    @Specialization
    static PTuple doTuple(PTuple a, PTuple b) {
        Object[] items = new Object[a.size() + b.size()];
        System.arraycopy(a.getItems(), 0, items, 0, a.size());
        System.arraycopy(b.getItems(), 0, items, a.size(), b.size());
        return new PTuple(items);
    }

    /** bytes_concat / bytearray_concat: the right operand may be any buffer. */
    @Specialization(guards = "isBytesLike(left)")
    static Object doBytesConcat(Object left, Object right, @Bind Node node,
                    @CachedLibrary(limit = "3") PythonBufferLibrary leftBuffers,
                    @CachedLibrary(limit = "3") PythonBufferLibrary rightBuffers) {
        if (!rightBuffers.isBuffer(right)) {
            return BytesConcat.cannotConcat(node, left, right);
        }
        PBuffer a = leftBuffers.acquire(left, BufferFlags.SIMPLE);
        try {
            PBuffer b;
            try {
                b = rightBuffers.acquire(right, BufferFlags.SIMPLE);
            } catch (PException e) {
                // any refusal (a released or strided memoryview) is reported as the operands' mismatch
                return BytesConcat.cannotConcat(node, left, right);
            }
            try {
                return BytesConcat.concat(left instanceof PByteArray, a, b);
            } finally {
                rightBuffers.release(right, b);
            }
        } finally {
            leftBuffers.release(left, a);
        }
    }

    static boolean isBytesLike(Object o) {
        return o instanceof PBytes || o instanceof PByteArray;
    }

    static boolean isInt(Object o) {
        return IntMath.isInt(o);
    }

    @Fallback
    static Object doGeneric(Object left, Object right, @Bind Node node, @Cached BinarySlotNode slots) {
        Object result = slots.execute(left, right, SpecialMethodSlot.ADD);
        return result != PNotImplemented.INSTANCE ? result : BinaryOpFallback.raiseCannotConcat(node, left, right);
    }
}
