package org.minipy.runtime.buffer;

import java.nio.ByteOrder;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.memory.ByteArraySupport;

/**
 * An exporter whose contents are a range of one byte[] (bytes, bytearray, array.array, a C-contiguous
 * memoryview). Other languages read (and, unless {@link #isInteropReadonly()}, write) those bytes in place
 * through the interop buffer messages: nothing is copied, and a write is seen by Python code at once.
 *
 * <p>
 * Interop access holds no export: each message is over before minipy runs again, so it never keeps a
 * bytearray from resizing, and each one checks its bounds against the size of that moment.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class ContiguousBufferExporter extends BufferExporter {
    private static final ByteArraySupport LITTLE = ByteArraySupport.littleEndian();
    private static final ByteArraySupport BIG = ByteArraySupport.bigEndian();

    /** The storage now: an exporter that resizes may replace it. */
    protected abstract byte[] getInteropBytes();

    /** Where the contents start in {@link #getInteropBytes()}. */
    protected int getInteropOffset() {
        return 0;
    }

    /** How many bytes of {@link #getInteropBytes()} are contents now. */
    protected abstract int getInteropLength();

    protected abstract boolean isInteropReadonly();

    /** Whether the object is an interop buffer now (a memoryview is not once released, or if not contiguous). */
    protected boolean isInteropAccessible() {
        return true;
    }

    /** The index in the storage of an access of {@code size} bytes at {@code byteOffset}, once it is known to be in bounds. */
    private int checkedOffset(long byteOffset, int size) throws UnsupportedMessageException, InvalidBufferOffsetException {
        if (!isInteropAccessible()) {
            throw UnsupportedMessageException.create();
        }
        if (byteOffset < 0 || byteOffset > getInteropLength() - size) {
            throw InvalidBufferOffsetException.create(byteOffset, size);
        }
        return getInteropOffset() + (int) byteOffset;
    }

    private void checkWritable() throws UnsupportedMessageException {
        if (isInteropReadonly() || !isInteropAccessible()) {
            throw UnsupportedMessageException.create();
        }
    }

    private static ByteArraySupport support(ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? LITTLE : BIG;
    }

    @ExportMessage
    final boolean hasBufferElements() {
        return isInteropAccessible();
    }

    @ExportMessage
    final boolean isBufferWritable() throws UnsupportedMessageException {
        if (!isInteropAccessible()) {
            throw UnsupportedMessageException.create();
        }
        return !isInteropReadonly();
    }

    @ExportMessage
    final long getBufferSize() throws UnsupportedMessageException {
        if (!isInteropAccessible()) {
            throw UnsupportedMessageException.create();
        }
        return getInteropLength();
    }

    @ExportMessage
    final byte readBufferByte(long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return getInteropBytes()[checkedOffset(byteOffset, Byte.BYTES)];
    }

    /** The bulk read: one array copy straight out of the storage. */
    @ExportMessage
    final void readBuffer(long byteOffset, byte[] destination, int destinationOffset, int length) throws UnsupportedMessageException, InvalidBufferOffsetException {
        if (length < 0) {
            throw InvalidBufferOffsetException.create(byteOffset, length);
        }
        System.arraycopy(getInteropBytes(), checkedOffset(byteOffset, length), destination, destinationOffset, length);
    }

    @ExportMessage
    final void writeBufferByte(long byteOffset, byte value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        getInteropBytes()[checkedOffset(byteOffset, Byte.BYTES)] = value;
    }

    @ExportMessage
    final short readBufferShort(ByteOrder order, long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return support(order).getShort(getInteropBytes(), checkedOffset(byteOffset, Short.BYTES));
    }

    @ExportMessage
    final void writeBufferShort(ByteOrder order, long byteOffset, short value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        support(order).putShort(getInteropBytes(), checkedOffset(byteOffset, Short.BYTES), value);
    }

    @ExportMessage
    final int readBufferInt(ByteOrder order, long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return support(order).getInt(getInteropBytes(), checkedOffset(byteOffset, Integer.BYTES));
    }

    @ExportMessage
    final void writeBufferInt(ByteOrder order, long byteOffset, int value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        support(order).putInt(getInteropBytes(), checkedOffset(byteOffset, Integer.BYTES), value);
    }

    @ExportMessage
    final long readBufferLong(ByteOrder order, long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return support(order).getLong(getInteropBytes(), checkedOffset(byteOffset, Long.BYTES));
    }

    @ExportMessage
    final void writeBufferLong(ByteOrder order, long byteOffset, long value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        support(order).putLong(getInteropBytes(), checkedOffset(byteOffset, Long.BYTES), value);
    }

    @ExportMessage
    final float readBufferFloat(ByteOrder order, long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return support(order).getFloat(getInteropBytes(), checkedOffset(byteOffset, Float.BYTES));
    }

    @ExportMessage
    final void writeBufferFloat(ByteOrder order, long byteOffset, float value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        support(order).putFloat(getInteropBytes(), checkedOffset(byteOffset, Float.BYTES), value);
    }

    @ExportMessage
    final double readBufferDouble(ByteOrder order, long byteOffset) throws UnsupportedMessageException, InvalidBufferOffsetException {
        return support(order).getDouble(getInteropBytes(), checkedOffset(byteOffset, Double.BYTES));
    }

    @ExportMessage
    final void writeBufferDouble(ByteOrder order, long byteOffset, double value) throws UnsupportedMessageException, InvalidBufferOffsetException {
        checkWritable();
        support(order).putDouble(getInteropBytes(), checkedOffset(byteOffset, Double.BYTES), value);
    }
}
