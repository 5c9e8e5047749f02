package org.minipy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** An immutable bytes object. Equality and hashing are by content, so bytes work as dict keys. */
public final class PBytes extends PythonObject {
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
