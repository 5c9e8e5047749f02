package org.minipy.nodes.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** The bytes a value stands for where bytes are consumed: a bytes-like object, or an iterable of ints. */
public final class ByteSource {
    private ByteSource() {
    }

    /**
     * The bytes of a bytes-like object (PyObject_GetBuffer with PyBUF_SIMPLE: any exporter of a
     * C-contiguous buffer), or null if the value exports no buffer. An exporter that refuses the
     * request raises its error (a strided memoryview: BufferError). Do not modify the result.
     */
    @TruffleBoundary
    public static byte[] bytesLikeOrNull(Object value) {
        if (value instanceof PBytes b) {
            return b.getBytes();
        } else if (value instanceof PByteArray b) {
            return b.toByteArray();
        }
        return copyOrNull(value, BufferFlags.SIMPLE);
    }

    /**
     * As {@link #bytesLikeOrNull}, but null also when the exporter refuses, for the consumers that
     * report any failure of PyObject_GetBuffer with their own TypeError (bytes.join, str(b, enc)).
     */
    @TruffleBoundary
    public static byte[] bytesLikeOrNullIfRefused(Object value) {
        try {
            return bytesLikeOrNull(value);
        } catch (PException e) {
            return null;
        }
    }

    /**
     * What the value's {@code __bytes__} returns, or null if its class defines none (builtin classes
     * never do); a result that is not bytes is CPython's TypeError.
     */
    @TruffleBoundary
    public static PBytes fromDunderBytesOrNull(Node node, Object value) {
        PythonClass cls = GetClassNode.getUncached().execute(value);
        Object dunderBytes = cls.isBuiltin() ? null : cls.lookup("__bytes__");
        if (dunderBytes == null) {
            return null;
        }
        Object result = PyObjectCallNode.getUncached().execute(dunderBytes, PArguments.ofPositional(value));
        if (!(result instanceof PBytes b)) {
            throw PRaiseNode.raise(node, TypeError, "__bytes__ returned non-bytes (type %s)", GetClassNode.getUncached().execute(result).getName());
        }
        return b;
    }

    /**
     * The contents of any exporter in C order, whatever its layout (PyBytes_FromObject's buffer branch:
     * PyBUF_FULL_RO and PyBuffer_ToContiguous), or null if the value exports no buffer.
     */
    @TruffleBoundary
    public static byte[] contentsOrNull(Object value) {
        if (value instanceof PBytes b) {
            return b.getBytes();
        } else if (value instanceof PByteArray b) {
            return b.toByteArray();
        }
        return copyOrNull(value, BufferFlags.FULL_RO);
    }

    private static byte[] copyOrNull(Object value, int flags) {
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        if (!buffers.isBuffer(value)) {
            return null;
        }
        PBuffer buffer = buffers.acquire(value, flags);
        try {
            return buffer.toByteArray();
        } finally {
            buffers.release(value, buffer);
        }
    }

    /**
     * For {@code bytearray[a:b] = value}: exporters of any layout (CPython copies the value with
     * PyByteArray_FromObject), or iterables of ints in range(256).
     */
    @TruffleBoundary
    public static byte[] bytesForAssignment(Node node, Object value) {
        byte[] bytes = contentsOrNull(value);
        if (bytes != null) {
            return bytes;
        } else if (value instanceof String || value instanceof Long || value instanceof PInt) {
            throw PRaiseNode.raise(node, TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromIterableOfInts(node, value);
    }

    @TruffleBoundary
    public static byte[] fromIterableOfInts(Node node, Object iterable) {
        if (iterable instanceof PRange range && range.getLength() > 256) {
            // as bytearray(range) does (BytesNewBuiltins): a longer range holds a value outside 0..255
            throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
        }
        Object[] items = IterableToArray.toArray(node, iterable, null);
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = PyNumberIndexNode.getUncached().executeOrNull(items[i]);
            if (v == null) {
                throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer",
                                GetClassNode.getUncached().execute(items[i]).getName());
            }
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
            }
            result[i] = (byte) (long) l;
        }
        return result;
    }
}
