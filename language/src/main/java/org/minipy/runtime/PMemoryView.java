package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.buffer.ContiguousBufferExporter;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.ForeignBufferStorage;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.ManagedBuffer;
import org.minipy.runtime.buffer.ManagedBufferExports;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.BufferError;
import static org.minipy.runtime.PythonBuiltinClassType.NotImplementedError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * A memoryview (PyMemoryViewObject): a private description of a region of the memory of a
 * {@link ManagedBuffer} shared with the other views derived from the same exporter. The description
 * ({@code view} in CPython) is immutable: slicing, casting and {@code toreadonly} make new views. The
 * items are {@code format} values of {@code itemsize} bytes; item {@code (i0, i1, ...)} starts at byte
 * {@code offset + i0 * strides[0] + i1 * strides[1] + ...} of {@code data}. Suboffsets (PIL-style
 * arrays) are never present: no exporter in minipy produces them.
 *
 * <p>
 * A view of a foreign buffer (a host ByteBuffer) has no {@code data}: its bytes are the foreign object's,
 * at the same positions, read and written in place through {@link #getForeignStorage()}
 * ({@link #readBytes}, {@link #writeBytes}).
 *
 * <p>
 * Other languages see a C-contiguous view of minipy memory as an interop buffer of its bytes, read-only if
 * the view is; a view that is released, not contiguous, or of a foreign object (which the host holds
 * itself) is none.
 */
@ExportLibrary(PythonBufferLibrary.class)
public final class PMemoryView extends ContiguousBufferExporter {
    /** The formats memoryview reads and writes itself (get_native_fmtchar), '@' prefix removed. */
    private static final String NATIVE_FORMATS = "cbBhHiIlLqQnNfde?P";

    /**
     * Null once released: a released view no longer keeps the managed buffer reachable, so that the
     * garbage collector can tell when no unreleased view of it is left (see BufferExporter).
     */
    private ManagedBuffer mbuf;
    private final Object exporter;
    private final byte[] data;
    /** The foreign object whose memory the view shows, or null when that is {@code data}. */
    private final ForeignBufferStorage foreign;
    private final int offset;
    private final int length;
    private final boolean readonly;
    private final int itemsize;
    private final String format;
    /** The item codec's format, or null when {@code format} is not a native single character. */
    private final FormatCode itemFormat;
    /** Never modified: for a view that is a constant in compiled code (a global), the bounds fold. */
    @CompilationFinal(dimensions = 1) private final int[] shape;
    /**
     * Py_ssize_t strides. Those of a dimension with two or more items address the data and fit in an
     * int; a slice with a huge step makes a dimension of at most one item, whose stride only shows.
     */
    @CompilationFinal(dimensions = 1) private final long[] strides;
    private final boolean cContiguous;
    private final boolean fContiguous;
    private boolean released;
    /** memory_hash's cache; -1 until computed (no hash is -1). */
    private long hash = -1;

    /** mbuf_add_view: a new view registered with {@code mbuf}. The arrays are never modified, so views may share them. */
    public PMemoryView(ManagedBuffer mbuf, byte[] data, int offset, int length, boolean readonly, int itemsize, String format, int[] shape,
                    long[] strides) {
        this(mbuf, data, offset, length, readonly, itemsize, format, nativeFormat(format), shape, strides);
    }

    private PMemoryView(ManagedBuffer mbuf, byte[] data, int offset, int length, boolean readonly, int itemsize, String format, FormatCode itemFormat,
                    int[] shape, long[] strides) {
        this.mbuf = mbuf;
        this.exporter = mbuf.getExporter();
        this.data = data;
        this.foreign = mbuf.getMaster().getForeignStorage();
        this.offset = offset;
        this.length = length;
        this.readonly = readonly;
        this.itemsize = itemsize;
        this.format = format;
        this.itemFormat = itemFormat;
        this.shape = shape;
        this.strides = strides;
        // init_flags
        if (shape.length == 0) {
            cContiguous = true;
            fContiguous = true;
        } else if (shape.length == 1) {
            cContiguous = shape[0] == 1 || strides[0] == itemsize;
            fContiguous = cContiguous;
        } else {
            cContiguous = PBuffer.isContiguous(shape, addressStrides(), itemsize, length, true);
            fContiguous = PBuffer.isContiguous(shape, addressStrides(), itemsize, length, false);
        }
        mbuf.addView();
    }

    /**
     * Another view of the same items in another layout (a slice, or {@code toreadonly}): the format
     * stays, so its parsing does too.
     */
    public PMemoryView derive(int newOffset, int newLength, boolean newReadonly, int[] newShape, long[] newStrides) {
        return new PMemoryView(mbuf, data, newOffset, newLength, newReadonly, itemsize, format, itemFormat, newShape, newStrides);
    }

    /**
     * A view of the whole of the managed buffer's master buffer, acquired with {@code flags}: an
     * exporter not asked for the format gives none, which a view reads as unsigned bytes
     * (init_shared_values).
     */
    public static PMemoryView ofManagedBuffer(ManagedBuffer mbuf, int flags) {
        PBuffer b = mbuf.getMaster();
        String format = BufferFlags.requests(flags, BufferFlags.FORMAT) ? b.getFormat() : "B";
        long[] strides = new long[b.getDimensions()];
        for (int i = 0; i < strides.length; i++) {
            strides[i] = b.getStrides()[i];
        }
        return new PMemoryView(mbuf, b.getData(), b.getOffset(), b.getLength(), b.isReadonly(), b.getItemSize(), format, b.getShape(), strides);
    }

    /**
     * mbuf_add_view(self.mbuf, &self.view): another view of the same memory, readonly if asked
     * ({@code memoryview(m)}, {@code toreadonly}).
     */
    public PMemoryView newView(boolean makeReadonly) {
        return derive(offset, length, readonly || makeReadonly, shape, strides);
    }

    /** get_native_fmtchar: the format of a native single-character format with an optional '@', or null. */
    public static FormatCode nativeFormat(String format) {
        int start = format.startsWith("@") ? 1 : 0;
        if (format.length() != start + 1 || NATIVE_FORMATS.indexOf(format.charAt(start)) < 0) {
            return null;
        }
        return FormatCode.fromChar(format.charAt(start));
    }

    /** The managed buffer; only for views not released. */
    public ManagedBuffer getManagedBuffer() {
        assert !released;
        return mbuf;
    }

    /** {@code memoryview.obj}, which a view remembers after its release. */
    public Object getExporter() {
        return exporter;
    }

    /** The storage of a view that is not {@link #isForeign()}; null for one that is. */
    public byte[] getData() {
        return data;
    }

    public boolean isForeign() {
        return foreign != null;
    }

    public ForeignBufferStorage getForeignStorage() {
        return foreign;
    }

    /** Copies {@code count} bytes at {@code position} of the view's storage (data or foreign object). */
    public void readBytes(int position, byte[] destination, int destinationOffset, int count) {
        if (foreign == null) {
            System.arraycopy(data, position, destination, destinationOffset, count);
        } else {
            foreign.readUncached(position, destination, destinationOffset, count);
        }
    }

    /** Stores {@code count} bytes of {@code source} at {@code position} of the view's storage. */
    public void writeBytes(int position, byte[] source, int sourceOffset, int count) {
        if (foreign == null) {
            System.arraycopy(source, sourceOffset, data, position, count);
        } else {
            foreign.writeUncached(position, source, sourceOffset, count);
        }
    }



    public int getOffset() {
        return offset;
    }

    /** {@code nbytes}: product(shape) * itemsize. */
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

    /** The format for the item codec, null unless the format is one memoryview packs natively. */
    public FormatCode getItemFormat() {
        return itemFormat;
    }

    public int getDimensions() {
        return shape.length;
    }

    public int[] getShape() {
        return shape;
    }

    /** {@code memoryview.strides}; address items with {@link #stride(int)}. */
    public long[] getStrides() {
        return strides;
    }

    /** The stride of {@code dim} for addressing items (see {@link #strides}). */
    public int stride(int dim) {
        return (int) strides[dim];
    }

    /** The strides as a Py_buffer holds them for addressing. */
    private int[] addressStrides() {
        int[] result = new int[strides.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = (int) strides[i];
        }
        return result;
    }

    public boolean isCContiguous() {
        return cContiguous;
    }

    public boolean isFContiguous() {
        return fContiguous;
    }

    /** BASE_INACCESSIBLE. */
    public boolean isReleased() {
        return released;
    }

    /** CHECK_RELEASED: every operation but repr, release and comparison starts with it. */
    /** memory_length: len(view), the first dimension. */
    public int length(Node location) {
        checkReleased(location);
        if (getDimensions() == 0) {
            throw PRaiseNode.raise(location, TypeError, "0-dim memory has no length");
        }
        return getShape()[0];
    }

    public void checkReleased(Node location) {
        if (released) {
            throw PRaiseNode.raise(location, ValueError, "operation forbidden on released memoryview object");
        }
    }

    /**
     * adjust_fmt: the format without its '@', which must be one character for memoryview to read or
     * write items; whether it is one memoryview knows is checked per item ({@link #getItemFormat()}).
     */
    public String checkSingleCharFormat(Node location) {
        String fmt = format.startsWith("@") ? format.substring(1) : format;
        if (fmt.length() != 1) {
            throw unsupportedFormat(location);
        }
        return fmt;
    }

    @TruffleBoundary
    private RuntimeException unsupportedFormat(Node location) {
        return PRaiseNode.raise(location, NotImplementedError, "memoryview: unsupported format %s", format);
    }

    /** unpack_single's and pack_single's error for a single-character format they do not know. */
    @TruffleBoundary
    public RuntimeException formatNotSupported(Node location) {
        return PRaiseNode.raise(location, NotImplementedError, "memoryview: format %s not supported", checkSingleCharFormat(location));
    }

    /**
     * _memory_release: true once released (again or for the first time), false if the view cannot be
     * released because buffers it exported are still in use.
     */
    public boolean releaseView() {
        if (released) {
            return true;
        }
        if (hasLiveExports()) {
            return false;
        }
        released = true;
        mbuf.releaseView();
        mbuf = null;
        return true;
    }

    public long getCachedHash() {
        return hash;
    }

    public void setCachedHash(long hash) {
        this.hash = hash;
    }

    /** The view as a Py_buffer for readers inside minipy, not counted as an export. */
    public PBuffer asBuffer() {
        return buffer(format, shape, addressStrides());
    }

    private PBuffer buffer(String bufferFormat, int[] bufferShape, int[] bufferStrides) {
        if (foreign != null) {
            return new PBuffer(this, foreign, offset, length, readonly, itemsize, bufferFormat, bufferShape, bufferStrides);
        }
        return new PBuffer(this, data, offset, length, readonly, itemsize, bufferFormat, bufferShape, bufferStrides);
    }

    @ExportMessage
    boolean isBuffer() {
        return true;
    }

    // memory_getbuf: no boundary, so that a consumer that releases the buffer again (struct.unpack_from)
    // compiles it down to a few checks
    @ExportMessage
    PBuffer acquire(int flags) {
        if (released) {
            throw PRaiseNode.raise(null, ValueError, "operation forbidden on released memoryview object");
        }
        if (BufferFlags.requests(flags, BufferFlags.WRITABLE) && readonly) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: underlying buffer is not writable");
        }
        if (BufferFlags.requests(flags, BufferFlags.C_CONTIGUOUS) && !cContiguous) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        if (BufferFlags.requests(flags, BufferFlags.F_CONTIGUOUS) && !fContiguous) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: underlying buffer is not Fortran contiguous");
        }
        if (BufferFlags.requests(flags, BufferFlags.ANY_CONTIGUOUS) && !cContiguous && !fContiguous) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: underlying buffer is not contiguous");
        }
        if (!BufferFlags.requests(flags, BufferFlags.STRIDES) && !cContiguous) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        boolean withFormat = BufferFlags.requests(flags, BufferFlags.FORMAT);
        if (!BufferFlags.requests(flags, BufferFlags.ND) && withFormat) {
            throw PRaiseNode.raise(null, BufferError, "memoryview: cannot cast to unsigned bytes if the format flag is present");
        }
        incrementExports();
        // without FORMAT the consumer reads unsigned bytes; itemsize stays the view's, as in CPython
        String exportedFormat = withFormat ? format : "B";
        if (!BufferFlags.requests(flags, BufferFlags.ND)) {
            // no shape: one dimension of length / itemsize items (init_shape_strides without shape)
            return buffer(exportedFormat, new int[]{length / itemsize}, new int[]{itemsize});
        }
        return buffer(exportedFormat, shape, addressStrides());
    }

    // memory_releasebuf
    @ExportMessage
    void release(PBuffer buffer) {
        ManagedBufferExports.release(this, buffer);
    }

    @Override
    protected byte[] getInteropBytes() {
        return data;
    }

    @Override
    protected int getInteropOffset() {
        return offset;
    }

    @Override
    protected int getInteropLength() {
        return length;
    }

    @Override
    protected boolean isInteropReadonly() {
        return readonly;
    }

    @Override
    protected boolean isInteropAccessible() {
        return !released && cContiguous && foreign == null;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.memoryview;
    }
}
