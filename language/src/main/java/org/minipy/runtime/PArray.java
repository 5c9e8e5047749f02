package org.minipy.runtime;

import java.nio.ByteOrder;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.buffer.ContiguousBufferExporter;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.ManagedBufferExports;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

/**
 * An array.array: items of one C type stored in native byte order in a byte[] with spare capacity
 * (CPython's arrayobject: ob_item, allocated, ob_descr). While buffers are exported the storage must
 * neither move nor change size ({@link #checkCanResize}); operations that keep the size write into it in
 * place, so that exported buffers see them. Other languages read and write the items' bytes in place
 * as an interop buffer (in native byte order, as they are stored).
 */
@ExportLibrary(PythonBufferLibrary.class)
public final class PArray extends ContiguousBufferExporter {
    /** array.typecodes, in the order of arraymodule.c's descriptors table. */
    public static final String TYPECODES = "bBuwhHiIlLqQfd";
    /** Items are machine values: the byte order is the platform's. */
    public static final boolean BIG_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN;
    private static final ByteArraySupport NATIVE = BIG_ENDIAN ? ByteArraySupport.bigEndian() : ByteArraySupport.littleEndian();

    /** The largest Java array the storage can be. */
    public static final int MAX_BYTES = Integer.MAX_VALUE - 8;

    private static final byte[] EMPTY = new byte[0];
    private static final String[] CODES = new String[FormatCode.values().length];

    static {
        for (FormatCode f : FormatCode.values()) {
            CODES[f.ordinal()] = String.valueOf(f.code);
        }
    }

    private final FormatCode format;
    private byte[] bytes;
    /** The number of items (not bytes) in use. */
    private int length;

    public PArray(FormatCode format) {
        this(format, EMPTY, 0);
    }

    /** Takes ownership of {@code bytes}, which holds at least {@code length} items. */
    public PArray(FormatCode format, byte[] bytes, int length) {
        assert TYPECODES.indexOf(format.code) >= 0 : format;
        this.format = format;
        this.bytes = bytes;
        this.length = length;
    }

    /** The format of an array typecode, or null if {@code typecode} is not one. */
    public static FormatCode formatOf(int typecode) {
        return typecode < 128 && TYPECODES.indexOf(typecode) >= 0 ? FormatCode.fromChar((char) typecode) : null;
    }

    public FormatCode getFormat() {
        return format;
    }

    public char getTypeCode() {
        return format.code;
    }

    /** The typecode as a str. */
    public String getTypeCodeString() {
        return CODES[format.ordinal()];
    }

    public int getItemSize() {
        return format.nativeSize;
    }

    /** The storage; only the first {@link #byteLength()} bytes are items. */
    public byte[] getBytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public int byteLength() {
        return length * format.nativeSize;
    }

    /**
     * The 32 bits of item {@code index} of a 'u' or 'w' array as stored, which frombytes may have made
     * something other than a code point.
     */
    public int getCodeUnit(int index) {
        assert format.kind == FormatCode.Kind.UNICODE && format.nativeSize == 4;
        return NATIVE.getInt(bytes, index * 4);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, byteLength());
    }

    @Override
    protected byte[] getInteropBytes() {
        return bytes;
    }

    @Override
    protected int getInteropLength() {
        return byteLength();
    }

    @Override
    protected boolean isInteropReadonly() {
        return false;
    }

    /**
     * Makes room for {@code items} items; may move the storage, so only callers that are about to grow
     * the array and have called {@link #checkCanResize} may use it.
     */
    public void ensureCapacity(int items) {
        if ((long) items * format.nativeSize > bytes.length) {
            grow(items);
        }
    }

    /**
     * Doubling, not array_resize's 1/16: CPython's realloc can often extend a large block in place, but
     * here every growth copies the whole storage, so growing by 1/16 copies each byte about 16 times over
     * (and leaves as much garbage), doubling about once. Twice the size needed rather than twice the
     * storage, as GraalPy sizes it: appends from empty then end on 44 * 2^k - 8 bytes instead of
     * 36 * 2^k, and a 10^7-item int array stops at 46 MB of storage where the old rule went on to 75 MB,
     * half again the garbage and a larger live array for the young collections to copy. An exact request
     * on an empty array (frombytes, the constructor) gets no spare room beyond the small rounding.
     */
    @TruffleBoundary
    private void grow(int items) {
        long needed = (long) items * format.nativeSize;
        if (needed > MAX_BYTES) {
            throw PRaiseNode.raiseNoArgs(null, PythonBuiltinClassType.MemoryError);
        }
        long wanted = bytes.length == 0 ? needed + 8L * format.nativeSize : 2 * needed;
        bytes = Arrays.copyOf(bytes, (int) Math.min(wanted, MAX_BYTES));
    }

    public void setLength(int newLength) {
        length = newLength;
    }

    /** Replaces the contents (takes ownership of {@code newBytes}). */
    public void setContents(byte[] newBytes, int newLength) {
        bytes = newBytes;
        length = newLength;
    }

    /**
     * array_resize's refusal: every operation that changes the size calls this first and changes nothing
     * if it raises.
     */
    public void checkCanResize(Node location) {
        if (hasLiveExports()) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.BufferError, "cannot resize an array that is exporting buffers");
        }
    }

    @ExportMessage
    boolean isBuffer() {
        return true;
    }

    // array_buffer_getbuf: a 'u' array's wchar_t is 4 bytes here (Py_UNICODE_WIDE), so it exports as 'w'
    @ExportMessage
    PBuffer acquire(int flags) {
        String bufferFormat = format == FormatCode.WCHAR ? CODES[FormatCode.UCS4.ordinal()] : getTypeCodeString();
        return ManagedBufferExports.export(this, bytes, byteLength(), false, flags, format.nativeSize, bufferFormat);
    }

    @ExportMessage
    void release(PBuffer buffer) {
        ManagedBufferExports.release(this, buffer);
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.array;
    }
}
