package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.buffer.FormatCode;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * {@code m.cast(format[, shape])}: memoryview_cast_impl. A C-contiguous view becomes a one-dimensional
 * view of another native format (cast_to_1D), which a shape then reshapes (cast_to_ND); one of the two
 * formats must be a byte format. The result shares the managed buffer: no bytes are copied.
 */
public abstract class MemoryViewCastNode extends PyBaseNode {
    /** PyBUF_MAX_NDIM. */
    public static final int MAX_NDIM = 64;

    /** @param shape a list or tuple of ints, or {@link PNone#NO_VALUE} */
    public abstract PMemoryView execute(PMemoryView self, String format, Object shape);

    public static MemoryViewCastNode create() {
        return MemoryViewCastNodeGen.create();
    }

    @Specialization
    @TruffleBoundary
    static PMemoryView cast(PMemoryView self, String format, Object shape, @Bind Node node) {
        self.checkReleased(node);
        if (!self.isCContiguous()) {
            throw PRaiseNode.raise(node, TypeError, "memoryview: casts are restricted to C-contiguous views");
        }
        boolean withShape = shape != PNone.NO_VALUE;
        if ((withShape || self.getDimensions() != 1) && zeroInShape(self)) {
            throw PRaiseNode.raise(node, TypeError, "memoryview: cannot cast view with zeros in shape or strides");
        }
        Object[] dims = null;
        if (withShape) {
            if (shape instanceof PList list) {
                dims = list.toArray();
            } else if (shape instanceof PTuple tuple) {
                dims = tuple.getItems();
            } else {
                throw PRaiseNode.raise(node, TypeError, "shape must be a list or a tuple");
            }
            if (dims.length > MAX_NDIM) {
                throw PRaiseNode.raise(node, ValueError, "memoryview: number of dimensions must not exceed %d", MAX_NDIM);
            }
            if (self.getDimensions() != 1 && dims.length != 1) {
                throw PRaiseNode.raise(node, TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        // cast_to_1D
        FormatCode destination = PMemoryView.nativeFormat(format);
        if (destination == null) {
            throw PRaiseNode.raise(node, ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        FormatCode source = PMemoryView.nativeFormat(self.getFormat());
        if ((source == null || !isByteFormat(source)) && !isByteFormat(destination)) {
            throw PRaiseNode.raise(node, TypeError, "memoryview: cannot cast between two non-byte formats");
        }
        int itemsize = destination.nativeSize;
        int length = self.getLength();
        if (length % itemsize != 0) {
            throw PRaiseNode.raise(node, TypeError, "memoryview: length is not a multiple of itemsize");
        }
        int[] newShape = {length / itemsize};
        long[] newStrides = {itemsize};
        if (withShape) {
            // cast_to_ND
            newShape = new int[dims.length];
            long product = itemsize;
            for (int i = 0; i < dims.length; i++) {
                long n = shapeElement(node, dims[i]);
                if (n > Long.MAX_VALUE / product) {
                    throw PRaiseNode.raise(node, ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
                }
                product *= n;
                newShape[i] = (int) Math.min(n, Integer.MAX_VALUE);
            }
            if (product != length) {
                throw PRaiseNode.raise(node, TypeError, "memoryview: product(shape) * itemsize != buffer size");
            }
            // init_strides_from_shape
            newStrides = new long[dims.length];
            int stride = itemsize;
            for (int i = dims.length - 1; i >= 0; i--) {
                newStrides[i] = stride;
                stride *= newShape[i];
            }
        }
        return new PMemoryView(self.getManagedBuffer(), self.getData(), self.getOffset(), length, self.isReadonly(), itemsize, format, newShape,
                        newStrides);
    }

    private static boolean zeroInShape(PMemoryView view) {
        for (int n : view.getShape()) {
            if (n == 0) {
                return true;
            }
        }
        return false;
    }

    // copy_shape's checks of one element
    private static long shapeElement(Node node, Object value) {
        long n;
        if (value instanceof Long l) {
            n = l;
        } else if (value instanceof Boolean b) {
            n = b ? 1 : 0;
        } else if (value instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        } else {
            throw PRaiseNode.raise(node, TypeError, "memoryview.cast(): elements of shape must be integers");
        }
        if (n <= 0) {
            throw PRaiseNode.raise(node, ValueError, "memoryview.cast(): elements of shape must be integers > 0");
        }
        return n;
    }

    private static boolean isByteFormat(FormatCode f) {
        return f == FormatCode.BYTE || f == FormatCode.UBYTE || f == FormatCode.CHAR;
    }
}
