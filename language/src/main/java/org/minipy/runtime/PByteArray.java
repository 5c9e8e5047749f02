package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** A mutable bytearray: a byte[] with spare capacity, like CPython's ob_bytes/ob_alloc. */
public final class PByteArray extends PythonObject {
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

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.bytearray;
    }
}
