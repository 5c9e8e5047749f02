package org.minipy.runtime.buffer;

import java.nio.ByteOrder;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.memory.ByteArraySupport;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * The memory of a buffer acquired from a foreign object (a {@code java.nio.ByteBuffer} of the host, another
 * language's buffer): the object itself, read and written in place through the interop buffer messages, so
 * that minipy and the host share the bytes without copies.
 *
 * <p>
 * The host keeps control of the object and may shrink it while minipy holds the buffer. Every access goes
 * through the exporter's interop messages, which check their bounds against its size at that moment; an
 * access that no longer fits raises BufferError instead of reading anything. Offsets here are absolute byte
 * offsets into the foreign buffer ({@link PBuffer#getOffset()} plus the offset within the PBuffer).
 *
 * <p>
 * Each method takes the {@link InteropLibrary} to use: a node's {@code @CachedLibrary(limit = "3")} one, or
 * {@code InteropLibrary.getUncached()} behind a TruffleBoundary.
 */
public final class ForeignBufferStorage {
    private static final ByteArraySupport LITTLE = ByteArraySupport.littleEndian();

    private final Object buffer;

    ForeignBufferStorage(Object buffer) {
        this.buffer = buffer;
    }

    /** The foreign object; it has buffer elements. */
    public Object getBuffer() {
        return buffer;
    }

    public byte readByte(InteropLibrary interop, Node location, long byteOffset) {
        try {
            return interop.readBufferByte(buffer, byteOffset);
        } catch (InvalidBufferOffsetException e) {
            throw outOfBounds(location, byteOffset, 1);
        } catch (UnsupportedMessageException e) {
            throw notABuffer(location);
        }
    }

    public void writeByte(InteropLibrary interop, Node location, long byteOffset, byte value) {
        try {
            interop.writeBufferByte(buffer, byteOffset, value);
        } catch (InvalidBufferOffsetException e) {
            throw outOfBounds(location, byteOffset, 1);
        } catch (UnsupportedMessageException e) {
            throw notWritable(location);
        }
    }

    /** Copies {@code length} bytes at {@code byteOffset} into {@code destination} with the bulk read message. */
    public void read(InteropLibrary interop, Node location, long byteOffset, byte[] destination, int destinationOffset, int length) {
        try {
            interop.readBuffer(buffer, byteOffset, destination, destinationOffset, length);
        } catch (InvalidBufferOffsetException e) {
            throw outOfBounds(location, byteOffset, length);
        } catch (UnsupportedMessageException e) {
            throw notABuffer(location);
        }
    }

    /**
     * Stores {@code length} bytes of {@code source} at {@code byteOffset}, eight at a time where it can (interop
     * has no bulk write). If the buffer has shrunk, the bytes before the first piece that no longer fits are
     * written, and BufferError is raised.
     */
    public void write(InteropLibrary interop, Node location, long byteOffset, byte[] source, int sourceOffset, int length) {
        int i = 0;
        try {
            for (; i + Long.BYTES <= length; i += Long.BYTES) {
                interop.writeBufferLong(buffer, ByteOrder.LITTLE_ENDIAN, byteOffset + i, LITTLE.getLong(source, sourceOffset + i));
            }
            for (; i < length; i++) {
                interop.writeBufferByte(buffer, byteOffset + i, source[sourceOffset + i]);
            }
        } catch (InvalidBufferOffsetException e) {
            throw outOfBounds(location, byteOffset + i, length - i);
        } catch (UnsupportedMessageException e) {
            throw notWritable(location);
        }
    }

    @TruffleBoundary
    private static PException outOfBounds(Node location, long byteOffset, long length) {
        return PRaiseNode.raise(location, PythonBuiltinClassType.BufferError,
                        "foreign buffer has shrunk: cannot access %d bytes at offset %d", length, byteOffset);
    }

    @TruffleBoundary
    private static PException notABuffer(Node location) {
        return PRaiseNode.raise(location, PythonBuiltinClassType.BufferError, "foreign object is no longer a buffer");
    }

    @TruffleBoundary
    private static PException notWritable(Node location) {
        return PRaiseNode.raise(location, PythonBuiltinClassType.BufferError, "foreign buffer is not writable");
    }

    /** {@link #read} from runtime code that has no cached library: behind a boundary, for the slow paths. */
    @TruffleBoundary
    public void readUncached(long byteOffset, byte[] destination, int destinationOffset, int length) {
        read(InteropLibrary.getUncached(), null, byteOffset, destination, destinationOffset, length);
    }

    /** {@link #write} from runtime code that has no cached library. */
    @TruffleBoundary
    public void writeUncached(long byteOffset, byte[] source, int sourceOffset, int length) {
        write(InteropLibrary.getUncached(), null, byteOffset, source, sourceOffset, length);
    }
}
