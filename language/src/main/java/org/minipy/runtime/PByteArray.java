package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.buffer.ContiguousBufferExporter;
import org.minipy.runtime.buffer.ManagedBufferExports;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

/**
 * A mutable bytearray: a byte[] with spare capacity, like CPython's ob_bytes/ob_alloc. While buffers
 * are exported it must not change size ({@link #checkCanResize}).
 */
@ExportLibrary(PythonBufferLibrary.class)
public final class PByteArray extends ContiguousBufferExporter {
    private byte[] bytes;
    private int length;

    /** Takes ownership of the array. */
    public PByteArray(byte[] bytes) {
        this(bytes, bytes.length);
    }

    public PByteArray(byte[] bytes, int length) {
        this.bytes = bytes;
        this.length = length;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    /** Replaces the contents (takes ownership of the array). */
    public void setContents(byte[] newBytes, int newLength) {
        bytes = newBytes;
        length = newLength;
    }

    @TruffleBoundary
    public void ensureCapacity(int min) {
        if (min > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(min, bytes.length + (bytes.length >> 1) + 8));
        }
    }

    public void setLength(int newLength) {
        length = newLength;
    }

    /** _canresize: every operation that changes the size calls this first and changes nothing if it raises. */
    public void checkCanResize(Node location) {
        if (hasLiveExports()) {
            throw PRaiseNode.raise(location, PythonBuiltinClassType.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    @ExportMessage
    boolean isBuffer() {
        return true;
    }

    // bytearray_getbuffer
    @ExportMessage
    PBuffer acquire(int flags) {
        return ManagedBufferExports.export(this, bytes, length, false, flags, 1, "B");
    }

    @ExportMessage
    void release(PBuffer buffer) {
        ManagedBufferExports.release(this, buffer);
    }

    @Override
    protected byte[] getInteropBytes() {
        return bytes;
    }

    @Override
    protected int getInteropLength() {
        return length;
    }

    @Override
    protected boolean isInteropReadonly() {
        return false;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.bytearray;
    }
}
