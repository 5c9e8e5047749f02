package org.minipy.runtime.buffer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * PyBuffer_FillInfo for exporters whose storage is one contiguous byte array (bytes, bytearray,
 * array.array): checks the request and counts the export.
 */
public final class ManagedBufferExports {
    private ManagedBufferExports() {
    }

    public static PBuffer export(BufferExporter exporter, byte[] data, int length, boolean readonly, int flags, int itemsize, String format) {
        if (readonly && BufferFlags.requests(flags, BufferFlags.WRITABLE)) {
            throw notWritable();
        }
        exporter.incrementExports();
        int n = itemsize == 0 ? 0 : length / itemsize;
        return new PBuffer(exporter, data, 0, length, readonly, itemsize, format, new int[]{n}, new int[]{itemsize});
    }

    public static void release(BufferExporter exporter, PBuffer buffer) {
        if (buffer.markReleased()) {
            exporter.decrementExports();
        }
    }

    @TruffleBoundary
    private static RuntimeException notWritable() {
        return PRaiseNode.raise(null, PythonBuiltinClassType.BufferError, "Object is not writable.");
    }
}
