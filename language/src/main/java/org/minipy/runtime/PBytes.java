package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.runtime.buffer.ContiguousBufferExporter;
import org.minipy.runtime.buffer.ManagedBufferExports;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

/** An immutable bytes object. Equality and hashing are by content, so bytes work as dict keys. */
@ExportLibrary(PythonBufferLibrary.class)
public final class PBytes extends ContiguousBufferExporter {
    public static final PBytes EMPTY = new PBytes(new byte[0]);

    private final byte[] bytes;

    /** Takes ownership of the array: nobody may modify it afterwards. */
    public PBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    @ExportMessage
    boolean isBuffer() {
        return true;
    }

    // bytes_buffer_getbuffer
    @ExportMessage
    PBuffer acquire(int flags) {
        return ManagedBufferExports.export(this, bytes, bytes.length, true, flags, 1, "B");
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
        return bytes.length;
    }

    @Override
    protected boolean isInteropReadonly() {
        return true;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.bytes;
    }

    @Override
    @TruffleBoundary
    public boolean equals(Object obj) {
        return obj instanceof PBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    @TruffleBoundary
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
