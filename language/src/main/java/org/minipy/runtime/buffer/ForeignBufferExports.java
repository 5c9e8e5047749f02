package org.minipy.runtime.buffer;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * The buffer protocol of objects that do not export it themselves: a foreign object with interop buffer
 * elements (a host {@code java.nio.ByteBuffer}, heap or direct, another language's buffer) is an exporter of
 * unsigned bytes, readonly unless it is writable; its PBuffer reads and writes the object in place through
 * a {@link ForeignBufferStorage}. Nothing is counted: minipy cannot keep the host from changing the object,
 * so the storage checks every access instead.
 */
@ExportLibrary(value = PythonBufferLibrary.class, receiverType = Object.class)
final class ForeignBufferExports {
    /** PBuffer lengths are ints, as minipy's own buffers'. */
    private static final long MAX_LENGTH = Integer.MAX_VALUE;

    private ForeignBufferExports() {
    }

    @ExportMessage
    static boolean isBuffer(Object receiver, @CachedLibrary("receiver") InteropLibrary interop) {
        return interop.hasBufferElements(receiver);
    }

    @ExportMessage
    static PBuffer acquire(Object receiver, int flags,
                    @Bind Node node,
                    @CachedLibrary("receiver") InteropLibrary interop) {
        long size;
        boolean readonly;
        try {
            size = interop.getBufferSize(receiver);
            readonly = !interop.isBufferWritable(receiver);
        } catch (UnsupportedMessageException e) {
            throw PRaiseNode.raise(node, PythonBuiltinClassType.BufferError, "foreign object is no longer a buffer");
        }
        if (readonly && BufferFlags.requests(flags, BufferFlags.WRITABLE)) {
            throw PRaiseNode.raise(node, PythonBuiltinClassType.BufferError, "Object is not writable.");
        }
        if (size > MAX_LENGTH) {
            throw PRaiseNode.raise(node, PythonBuiltinClassType.BufferError, "foreign buffer of %d bytes is too large", size);
        }
        return PBuffer.ofForeign(receiver, new ForeignBufferStorage(receiver), (int) size, readonly);
    }

    @ExportMessage
    static void release(@SuppressWarnings("unused") Object receiver, PBuffer buffer) {
        buffer.markReleased();
    }
}
