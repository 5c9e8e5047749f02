package org.minipy.runtime.buffer;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * An acquired buffer: CPython's {@code Py_buffer}. It describes a region of an exporter's storage:
 * {@code length} bytes at {@code offset} of {@code data}, read as {@code ndim}-dimensional items of
 * {@code format} ({@code itemsize} bytes each) with the given shape and strides in bytes. It stays
 * valid until {@link PythonBufferLibrary#release} is called for it once.
 *
 * <p>
 * The storage of a buffer of a foreign object is that object ({@link #isForeign()}): {@code data} is
 * null and the bytes are read and written in place through {@link #getForeignStorage()}, at the same
 * offsets. {@link #readBytes} and {@link #writeBytes} work on either kind.
 */
public final class PBuffer {
    private final Object owner;
    private final byte[] data;
    private final ForeignBufferStorage foreign;
    private final int offset;
    private final int length;
    private final boolean readonly;
    private final int itemsize;
    private final String format;
    @CompilationFinal(dimensions = 1) private final int[] shape;
    @CompilationFinal(dimensions = 1) private final int[] strides;
    private boolean released;

    public PBuffer(Object owner, byte[] data, int offset, int length, boolean readonly, int itemsize, String format, int[] shape,
                    int[] strides) {
        this(owner, data, null, offset, length, readonly, itemsize, format, shape, strides);
    }

    /** A buffer whose memory is a foreign object's: for re-exporters of a foreign buffer (a memoryview of one). */
    public PBuffer(Object owner, ForeignBufferStorage foreign, int offset, int length, boolean readonly, int itemsize, String format, int[] shape,
                    int[] strides) {
        this(owner, null, foreign, offset, length, readonly, itemsize, format, shape, strides);
    }

    private PBuffer(Object owner, byte[] data, ForeignBufferStorage foreign, int offset, int length, boolean readonly, int itemsize, String format,
                    int[] shape, int[] strides) {
        this.owner = owner;
        this.data = data;
        this.foreign = foreign;
        this.offset = offset;
        this.length = length;
        this.readonly = readonly;
        this.itemsize = itemsize;
        this.format = format;
        this.shape = shape;
        this.strides = strides;
    }

    /** A one-dimensional contiguous buffer of unsigned bytes over {@code data[offset, offset + length)}. */
    public static PBuffer ofBytes(Object owner, byte[] data, int offset, int length, boolean readonly) {
        return new PBuffer(owner, data, offset, length, readonly, 1, "B", new int[]{length}, new int[]{1});
    }

    /** The first {@code length} bytes of a foreign buffer, as unsigned bytes. */
    static PBuffer ofForeign(Object owner, ForeignBufferStorage foreign, int length, boolean readonly) {
        return new PBuffer(owner, foreign, 0, length, readonly, 1, "B", new int[]{length}, new int[]{1});
    }

    /** The exporter: what {@code memoryview.obj} is. */
    public Object getOwner() {
        return owner;
    }

    /** The storage of a buffer that is not {@link #isForeign()}; null for a foreign one. */
    public byte[] getData() {
        return data;
    }

    /** Whether the memory is a foreign object's, reached through {@link #getForeignStorage()}. */
    public boolean isForeign() {
        return foreign != null;
    }

    public ForeignBufferStorage getForeignStorage() {
        return foreign;
    }

    /**
     * Copies {@code count} bytes starting {@code position} bytes after {@link #getOffset()} into {@code destination}
     * (positions as in the storage: contiguous buffers only, or within one item).
     */
    public void readBytes(int position, byte[] destination, int destinationOffset, int count) {
        if (foreign == null) {
            System.arraycopy(data, offset + position, destination, destinationOffset, count);
        } else {
            foreign.readUncached(offset + position, destination, destinationOffset, count);
        }
    }

    /** Stores {@code count} bytes of {@code source} at {@code position} bytes after {@link #getOffset()}. */
    public void writeBytes(int position, byte[] source, int sourceOffset, int count) {
        if (foreign == null) {
            System.arraycopy(source, sourceOffset, data, offset + position, count);
        } else {
            foreign.writeUncached(offset + position, source, sourceOffset, count);
        }
    }



    public int getOffset() {
        return offset;
    }

    /** {@code len} of Py_buffer: the size in bytes of the logical contents. */
    public int getLength() {
        return length;
    }

    public boolean isReadonly() {
        return readonly;
    }

    public int getItemSize() {
        return itemsize;
    }

    public String getFormat() {
        return format;
    }

    public int getDimensions() {
        return shape.length;
    }

    public int[] getShape() {
        return shape;
    }

    public int[] getStrides() {
        return strides;
    }

    public boolean isReleased() {
        return released;
    }

    /** Marks the buffer released; returns false if it already was (release is idempotent per buffer). */
    boolean markReleased() {
        if (released) {
            return false;
        }
        released = true;
        return true;
    }

    /** A copy of the contents in C order (PyBuffer_ToContiguous with 'C'). */
    public byte[] toByteArray() {
        return toByteArray('C');
    }

    /**
     * PyBuffer_ToContiguous: the bytes in C order ('C', the last index varying fastest), in Fortran
     * order ('F', the first index fastest), or ('A') as they lie in memory if the buffer is contiguous
     * either way, else in C order.
     */
    public byte[] toByteArray(char order) {
        boolean contiguous = switch (order) {
            case 'C' -> isCContiguous();
            case 'F' -> isFContiguous();
            default -> isCContiguous() || isFContiguous();
        };
        if ((contiguous || shape.length == 0) && foreign == null) {
            // copyOfRange fills the new array in one pass; new byte[] then arraycopy zeroes it first
            return Arrays.copyOfRange(data, offset, offset + length);
        }
        byte[] result = new byte[length];
        if (contiguous || shape.length == 0) {
            readBytes(0, result, 0, length);
            return result;
        }
        // buffer_to_contiguous: copy_buffer into a destination with C or Fortran strides
        int[] destStrides = new int[shape.length];
        int stride = itemsize;
        for (int k = 0; k < shape.length; k++) {
            int i = order == 'F' ? k : shape.length - 1 - k;
            destStrides[i] = stride;
            stride *= shape[i];
        }
        copy(result, destStrides, offset, 0, 0);
        return result;
    }

    private void copy(byte[] dest, int[] destStrides, int srcPosition, int destPosition, int dim) {
        boolean last = dim == shape.length - 1;
        for (int i = 0, p = srcPosition, q = destPosition; i < shape[dim]; i++, p += strides[dim], q += destStrides[dim]) {
            if (last) {
                readBytes(p - offset, dest, q, itemsize);
            } else {
                copy(dest, destStrides, p, q, dim + 1);
            }
        }
    }

    /** PyBuffer_IsContiguous(view, 'C'). */
    public boolean isCContiguous() {
        return isContiguous(shape, strides, itemsize, length, true);
    }

    /** PyBuffer_IsContiguous(view, 'F'). */
    public boolean isFContiguous() {
        return isContiguous(shape, strides, itemsize, length, false);
    }

    /**
     * _IsCContiguous and _IsFortranContiguous: whether the items lie back to back, the last index
     * ({@code cOrder}) or the first varying fastest. Dimensions of one item do not count.
     */
    public static boolean isContiguous(int[] shape, int[] strides, int itemsize, int length, boolean cOrder) {
        if (length == 0) {
            return true;
        }
        int expected = itemsize;
        for (int k = 0; k < shape.length; k++) {
            int i = cOrder ? shape.length - 1 - k : k;
            if (shape[i] > 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }
}
