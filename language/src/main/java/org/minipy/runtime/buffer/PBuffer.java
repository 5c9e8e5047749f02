package org.minipy.runtime.buffer;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * An acquired buffer: CPython's {@code Py_buffer}. It describes a region of an exporter's storage:
 * {@code length} bytes at {@code offset} of {@code data}, read as {@code ndim}-dimensional items of
 * {@code format} ({@code itemsize} bytes each) with the given shape and strides in bytes. It stays
 * valid until {@link PythonBufferLibrary#release} is called for it once.
 */
public final class PBuffer {
    private final Object owner;
    private final byte[] data;
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
        this.owner = owner;
        this.data = data;
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

    /** The exporter: what {@code memoryview.obj} is. */
    public Object getOwner() {
        return owner;
    }

    public byte[] getData() {
        return data;
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
        if (isCContiguous()) {
            byte[] result = new byte[length];
            System.arraycopy(data, offset, result, 0, length);
            return result;
        }
        byte[] result = new byte[length];
        copyND(result, 0, offset, 0);
        return result;
    }

    private int copyND(byte[] dest, int destPos, int srcPos, int dim) {
        int pos = destPos;
        for (int i = 0; i < shape[dim]; i++) {
            int src = srcPos + i * strides[dim];
            if (dim == shape.length - 1) {
                System.arraycopy(data, src, dest, pos, itemsize);
                pos += itemsize;
            } else {
                pos = copyND(dest, pos, src, dim + 1);
            }
        }
        return pos;
    }

    /** PyBuffer_IsContiguous(view, 'C'). */
    public boolean isCContiguous() {
        if (length == 0) {
            return true;
        }
        int expected = itemsize;
        for (int i = shape.length - 1; i >= 0; i--) {
            if (shape[i] > 1 && strides[i] != expected) {
                return false;
            }
            expected *= shape[i];
        }
        return true;
    }
}
