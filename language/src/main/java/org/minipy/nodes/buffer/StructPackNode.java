package org.minipy.nodes.buffer;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.StructError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;
import org.minipy.runtime.buffer.StructLayout;

/** Struct.pack and Struct.pack_into (s_pack, s_pack_into of Modules/_struct.c), for Struct objects and the module functions alike. */
public final class StructPackNode extends PyBaseNode {
    /** PyBytes_FromStringAndSize refuses sizes that overflow with its header (PyBytesObject_SIZE). */
    private static final long MAX_BYTES_SIZE = Long.MAX_VALUE - 33;
    /** Larger results are allocated out of compiled code, where running out of memory can become MemoryError. */
    private static final long INLINE_ALLOCATION_LIMIT = 1 << 20;

    @Child private StructPackItemsNode items = StructPackItemsNode.create();
    @Child private PythonBufferLibrary buffers = PythonBufferLibrary.getFactory().createDispatched(3);
    @Child private PyNumberIndexNode index = PyNumberIndexNode.create();

    public static StructPackNode create() {
        return new StructPackNode();
    }

    // s_pack
    public PBytes pack(StructLayout layout, Object[] values) {
        if (values.length != layout.getItemCount()) {
            throw PRaiseNode.raise(this, StructError, "pack expected %d items for packing (got %d)", layout.getItemCount(), values.length);
        }
        byte[] data = allocate(layout.getSize());
        items.execute(layout, values, 0, data, 0);
        return new PBytes(data);
    }

    /** s_pack_into: {@code args} are the buffer, the offset and the values. */
    public void packInto(StructLayout layout, Object[] args) {
        if (args.length != layout.getItemCount() + 2) {
            throw wrongArgumentCount(layout, args.length);
        }
        Object target = args[0];
        PBuffer buffer = acquireWritable(target);
        try {
            long offset = asOffset(args[1]);
            long size = layout.getSize();
            int length = buffer.getLength();
            if (offset < 0) {
                if (offset + size > 0) {
                    throw PRaiseNode.raise(this, StructError, "no space to pack %d bytes at offset %d", size, offset);
                }
                if (offset + length < 0) {
                    throw PRaiseNode.raise(this, StructError, "offset %d out of range for %d-byte buffer", offset, length);
                }
                offset += length;
            }
            if (length - offset < size) {
                throw tooShort(size, offset, length);
            }
            if (buffer.isForeign()) {
                // the packer writes byte arrays: the record goes to the foreign buffer in one piece
                byte[] record = new byte[(int) size];
                items.execute(layout, args, 2, record, 0);
                buffer.writeBytes((int) offset, record, 0, record.length);
                return;
            }
            items.execute(layout, args, 2, buffer.getData(), buffer.getOffset() + (int) offset);
        } finally {
            buffers.release(target, buffer);
        }
    }

    private RuntimeException tooShort(long size, long offset, int length) {
        // before the message is formatted: compiled code keeps only the check
        CompilerDirectives.transferToInterpreter();
        return PRaiseNode.raise(this, StructError, "pack_into requires a buffer of at least %s bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                        Long.toUnsignedString(size + offset), size, offset, length);
    }

    private RuntimeException wrongArgumentCount(StructLayout layout, int nargs) {
        if (nargs == 0) {
            return PRaiseNode.raise(this, StructError, "pack_into expected buffer argument");
        } else if (nargs == 1) {
            return PRaiseNode.raise(this, StructError, "pack_into expected offset argument");
        }
        return PRaiseNode.raise(this, StructError, "pack_into expected %d items for packing (got %d)", layout.getItemCount(), nargs - 2);
    }

    /** The "w*" converter: any failure to get a writable buffer is the same TypeError. */
    private PBuffer acquireWritable(Object target) {
        if (buffers.isBuffer(target)) {
            try {
                return buffers.acquire(target, BufferFlags.WRITABLE);
            } catch (PException e) {
                // falls through to the converter's message, as getbuffer() clears the error
            }
        }
        throw notWritable(target);
    }

    /** converterr names None by itself and anything else by its type. */
    @TruffleBoundary
    private RuntimeException notWritable(Object target) {
        String what = target == PNone.NONE ? "None" : GetClassNode.getUncached().execute(target).getName();
        return PRaiseNode.raise(this, TypeError, "argument must be read-write bytes-like object, not %s", what);
    }

    /** PyNumber_AsSsize_t(offset, PyExc_IndexError). */
    private long asOffset(Object value) {
        Object i = index.executeOrNull(value);
        if (i instanceof Long l) {
            return l;
        } else if (i instanceof PInt) {
            throw PRaiseNode.raise(this, IndexError, "cannot fit 'int' into an index-sized integer");
        }
        throw notAnInteger(value);
    }

    @TruffleBoundary
    private RuntimeException notAnInteger(Object value) {
        return PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
    }

    private byte[] allocate(long size) {
        if (size <= INLINE_ALLOCATION_LIMIT) {
            return new byte[(int) size];
        }
        return allocateLarge(size);
    }

    @TruffleBoundary
    private byte[] allocateLarge(long size) {
        if (size > MAX_BYTES_SIZE) {
            throw PRaiseNode.raise(this, OverflowError, "byte string is too large");
        }
        if (size > StructLayout.MAX_ARRAY_SIZE) {
            throw PRaiseNode.raiseNoArgs(this, MemoryError);
        }
        try {
            return new byte[(int) size];
        } catch (OutOfMemoryError e) {
            throw PRaiseNode.raiseNoArgs(this, MemoryError);
        }
    }
}
