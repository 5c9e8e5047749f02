package org.minipy.runtime;

import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;

import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;

/**
 * The size limit of the arrays behind bytes, bytearray, str and list: a request beyond it is CPython's
 * MemoryError, raised before allocating anything, since the JVM cannot make such an array at all.
 */
public final class ArraySize {
    /** The largest array length every JVM allocates (ArraysSupport.SOFT_MAX_ARRAY_LENGTH). */
    public static final int MAX = Integer.MAX_VALUE - 8;

    private ArraySize() {
    }

    /** {@code size} as an array length, or MemoryError when no array can be that long. */
    public static int check(Node location, long size) {
        if (size > MAX) {
            throw PRaiseNode.raiseNoArgs(location, MemoryError);
        }
        return (int) size;
    }
}
