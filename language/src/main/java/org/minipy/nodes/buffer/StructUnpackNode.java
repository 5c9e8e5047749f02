package org.minipy.nodes.buffer;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.StructError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PStructUnpackIterator;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;
import org.minipy.runtime.buffer.StructLayout;

/**
 * Struct.unpack, Struct.unpack_from and Struct.iter_unpack (Modules/_struct.c), for Struct objects and the
 * module functions alike: each reads any buffer exporter through the buffer protocol.
 */
public final class StructUnpackNode extends PyBaseNode {
    @Child private StructUnpackItemsNode items = StructUnpackItemsNode.create();
    @Child private PythonBufferLibrary buffers = PythonBufferLibrary.getFactory().createDispatched(3);
    @Child private PyNumberIndexNode index = PyNumberIndexNode.create();

    public static StructUnpackNode create() {
        return new StructUnpackNode();
    }

    // Struct_unpack_impl
    public PTuple unpack(StructLayout layout, Object source) {
        PBuffer buffer = acquire(source);
        try {
            if (buffer.getLength() != layout.getSize()) {
                throw PRaiseNode.raise(this, StructError, "unpack requires a buffer of %d bytes", layout.getSize());
            }
            return unpackAt(items, layout, buffer, 0);
        } finally {
            buffers.release(source, buffer);
        }
    }

    /** Struct_unpack_from_impl; {@code offsetObject} may be {@link PNone#NO_VALUE} for 0. */
    public PTuple unpackFrom(StructLayout layout, Object source, Object offsetObject) {
        PBuffer buffer = acquire(source);
        try {
            long offset = offsetObject == PNone.NO_VALUE ? 0 : asOffset(offsetObject);
            long size = layout.getSize();
            int length = buffer.getLength();
            if (offset < 0) {
                if (offset + size > 0) {
                    throw PRaiseNode.raise(this, StructError, "not enough data to unpack %d bytes at offset %d", size, offset);
                }
                if (offset + length < 0) {
                    throw PRaiseNode.raise(this, StructError, "offset %d out of range for %d-byte buffer", offset, length);
                }
                offset += length;
            }
            if (length - offset < size) {
                throw tooShort(size, offset, length);
            }
            return unpackAt(items, layout, buffer, (int) offset);
        } finally {
            buffers.release(source, buffer);
        }
    }

    private RuntimeException tooShort(long size, long offset, int length) {
        // before the message is formatted: compiled code keeps only the check
        CompilerDirectives.transferToInterpreter();
        return PRaiseNode.raise(this, StructError, "unpack_from requires a buffer of at least %s bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                        Long.toUnsignedString(size + offset), size, offset, length);
    }

    /** Struct_iter_unpack: the iterator keeps the buffer until it is exhausted, as CPython's does until it dies. */
    public PStructUnpackIterator iterUnpack(StructLayout layout, Object source) {
        long size = layout.getSize();
        if (size == 0) {
            throw PRaiseNode.raise(this, StructError, "cannot iteratively unpack with a struct of length 0");
        }
        PBuffer buffer = acquire(source);
        if (buffer.getLength() % size != 0) {
            buffers.release(source, buffer);
            throw PRaiseNode.raise(this, StructError, "iterative unpacking requires a buffer of a multiple of %d bytes", size);
        }
        return new PStructUnpackIterator(layout, source, buffer);
    }

    /**
     * The record at {@code position} bytes into the buffer. A foreign buffer's record is read into an array of
     * its own first: the unpacker reads byte arrays.
     */
    public static PTuple unpackAt(StructUnpackItemsNode items, StructLayout layout, PBuffer buffer, int position) {
        if (buffer.isForeign()) {
            byte[] record = new byte[(int) layout.getSize()];
            buffer.readBytes(position, record, 0, record.length);
            return items.execute(layout, record, 0);
        }
        return items.execute(layout, buffer.getData(), buffer.getOffset() + position);
    }

    private PBuffer acquire(Object source) {
        if (!buffers.isBuffer(source)) {
            throw notABuffer(source);
        }
        return buffers.acquire(source, BufferFlags.SIMPLE);
    }

    @TruffleBoundary
    private RuntimeException notABuffer(Object source) {
        return PRaiseNode.raise(this, TypeError, "a bytes-like object is required, not '%s'", GetClassNode.getUncached().execute(source).getName());
    }

    /** The Py_ssize_t argument converter. */
    private long asOffset(Object value) {
        Object i = index.executeOrNull(value);
        if (i instanceof Long l) {
            return l;
        } else if (i instanceof PInt) {
            throw PRaiseNode.raise(this, OverflowError, "Python int too large to convert to C ssize_t");
        }
        throw notAnInteger(value);
    }

    @TruffleBoundary
    private RuntimeException notAnInteger(Object value) {
        return PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
    }
}
