package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.UnpackItemNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

/**
 * {@code m == other}: memory_richcompare. Views are equal when they have the same shape and their
 * items, unpacked with each one's format (struct semantics), are equal as Python values, so 'B' and
 * 'd' views of equal numbers are equal and NaNs never are. Released views are equal only to themselves;
 * an object that exports no buffer gives NotImplemented. A format that struct cannot unpack makes the
 * views unequal, as CPython's struct-based comparison does (array's 'u' and 'w', for instance).
 */
public abstract class MemoryViewRichCompareNode extends PyBaseNode {
    private static final double TWO_TO_63 = 0x1p63;

    /** Boolean equality, or NotImplemented. */
    public abstract Object execute(PMemoryView self, Object other);

    public static MemoryViewRichCompareNode create() {
        return MemoryViewRichCompareNodeGen.create();
    }

    // cmp_base for two one-dimensional views of native formats, both cached: a compiled loop of loads
    @Specialization(guards = {"self.getItemFormat() == selfFormat", "other.getItemFormat() == otherFormat", "selfFormat != null", "otherFormat != null",
                    "self.getDimensions() == 1", "other.getDimensions() == 1", "!self.isForeign()", "!other.isForeign()"}, limit = "3")
    static Object doOneDimension(PMemoryView self, PMemoryView other,
                    @Cached("self.getItemFormat()") FormatCode selfFormat,
                    @Cached("other.getItemFormat()") FormatCode otherFormat,
                    @Cached UnpackItemNode unpackSelf,
                    @Cached UnpackItemNode unpackOther,
                    @Bind Node node) {
        if (self.isReleased() || other.isReleased()) {
            return self == other;
        }
        int n = self.getShape()[0];
        if (n != other.getShape()[0]) {
            return false;
        }
        byte[] a = self.getData();
        byte[] b = other.getData();
        int sa = self.stride(0);
        int sb = other.stride(0);
        int i = 0;
        try {
            for (int pa = self.getOffset(), pb = other.getOffset(); i < n; i++, pa += sa, pb += sb) {
                Object x = unpackSelf.execute(selfFormat, false, selfFormat.nativeSize, a, pa);
                Object y = unpackOther.execute(otherFormat, false, otherFormat.nativeSize, b, pb);
                if (!itemsEqual(x, y)) {
                    return false;
                }
            }
            return true;
        } finally {
            // a long comparison makes its caller hot, so that the loop gets compiled
            LoopNode.reportLoopCount(node, i);
        }
    }

    @Specialization
    @TruffleBoundary
    static Object doGeneric(PMemoryView self, Object other, @Bind Node node) {
        if (self.isReleased()) {
            return self == other;
        }
        if (other instanceof PMemoryView view) {
            if (view.isReleased()) {
                return self == other;
            }
            return equal(self.asBuffer(), view.asBuffer());
        }
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        if (!buffers.isBuffer(other)) {
            return PNotImplemented.INSTANCE;
        }
        PBuffer buffer;
        try {
            buffer = buffers.acquire(other, BufferFlags.FULL_RO);
        } catch (PException e) {
            return PNotImplemented.INSTANCE;
        }
        try {
            return equal(self.asBuffer(), buffer);
        } finally {
            buffers.release(other, buffer);
        }
    }

    private static boolean equal(PBuffer v, PBuffer w) {
        // equiv_shape
        if (v.getDimensions() != w.getDimensions()) {
            return false;
        }
        for (int i = 0; i < v.getDimensions(); i++) {
            if (v.getShape()[i] != w.getShape()[i]) {
                return false;
            }
            if (v.getShape()[i] == 0) {
                break;
            }
        }
        FormatCode vf = PMemoryView.nativeFormat(v.getFormat());
        FormatCode wf = PMemoryView.nativeFormat(w.getFormat());
        if (vf == null || wf == null) {
            return false;
        }
        if (v.getDimensions() == 0) {
            return itemsEqual(unpack(vf, v, v.getOffset()), unpack(wf, w, w.getOffset()));
        }
        return equalRec(v, vf, v.getOffset(), w, wf, w.getOffset(), 0);
    }

    // cmp_rec
    private static boolean equalRec(PBuffer v, FormatCode vf, int vp, PBuffer w, FormatCode wf, int wp, int dim) {
        boolean last = dim == v.getDimensions() - 1;
        for (int i = 0, p = vp, q = wp; i < v.getShape()[dim]; i++, p += v.getStrides()[dim], q += w.getStrides()[dim]) {
            boolean equal = last ? itemsEqual(unpack(vf, v, p), unpack(wf, w, q)) : equalRec(v, vf, p, w, wf, q, dim + 1);
            if (!equal) {
                return false;
            }
        }
        return true;
    }

    private static Object unpack(FormatCode format, PBuffer buffer, int position) {
        if (buffer.isForeign()) {
            byte[] item = new byte[format.nativeSize];
            buffer.readBytes(position - buffer.getOffset(), item, 0, item.length);
            return UnpackItemNode.getUncached().execute(format, false, format.nativeSize, item, 0);
        }
        return UnpackItemNode.getUncached().execute(format, false, format.nativeSize, buffer.getData(), position);
    }

    /**
     * {@code x == y} for two unpacked items: ints (Long, or PInt above 2**63), floats, bools and
     * the one-byte bytes of 'c'.
     */
    static boolean itemsEqual(Object x, Object y) {
        if (x instanceof Long a && y instanceof Long b) {
            return a.longValue() == b.longValue();
        } else if (x instanceof Double a && y instanceof Double b) {
            return a.doubleValue() == b.doubleValue();
        } else if (x instanceof PBytes || y instanceof PBytes) {
            return x instanceof PBytes a && y instanceof PBytes b && a.getBytes()[0] == b.getBytes()[0];
        }
        Object a = x instanceof Boolean bx ? (Object) (bx ? 1L : 0L) : x;
        Object b = y instanceof Boolean by ? (Object) (by ? 1L : 0L) : y;
        if (a instanceof Long l && b instanceof Double d) {
            return longEqualsDouble(l, d);
        } else if (a instanceof Double d && b instanceof Long l) {
            return longEqualsDouble(l, d);
        } else if (a instanceof Long l && b instanceof Long m) {
            return l.longValue() == m.longValue();
        } else if (a instanceof PInt || b instanceof PInt) {
            return bigEquals(a, b);
        }
        return false;
    }

    /** Exact int == float: the double must be the long's value, not merely its nearest double. */
    private static boolean longEqualsDouble(long l, double d) {
        return d == (double) l && d != TWO_TO_63 && (long) d == l;
    }

    @TruffleBoundary
    private static boolean bigEquals(Object a, Object b) {
        if (a instanceof Double d && Double.isNaN(d) || b instanceof Double e && Double.isNaN(e)) {
            return false;
        }
        return RichCompare.compareNumbers(a, b) == 0;
    }
}
