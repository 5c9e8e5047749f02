package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buffers cross the language boundary without copies: Java reads and writes the memory of minipy's bytes and
 * bytearray through the interop buffer messages, and minipy reads and writes a host ByteBuffer in place
 * through the buffer protocol. Shared memory shows in that each side sees the other's writes at once.
 */
class BufferInteropTest {

    private Context context;

    @BeforeEach
    void createContext() {
        // ByteBuffers are interop buffers only where the host access policy allows buffer access
        context = Context.newBuilder("minipy").allowHostAccess(HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build()).build();
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    private Value eval(String code) {
        return context.eval("minipy", code);
    }

    @Test
    void bytesIsAReadOnlyBuffer() {
        Value bytes = eval("b'\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\xff'");
        assertTrue(bytes.hasBufferElements());
        assertFalse(bytes.isBufferWritable());
        assertEquals(9, bytes.getBufferSize());
        assertEquals(1, bytes.readBufferByte(0));
        assertEquals(-1, bytes.readBufferByte(8));
        assertEquals(0x0201, bytes.readBufferShort(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(0x0102, bytes.readBufferShort(ByteOrder.BIG_ENDIAN, 0));
        assertEquals(0x05040302, bytes.readBufferInt(ByteOrder.LITTLE_ENDIAN, 1));
        assertEquals(0x0807060504030201L, bytes.readBufferLong(ByteOrder.LITTLE_ENDIAN, 0));
        assertThrows(UnsupportedOperationException.class, () -> bytes.writeBufferByte(0, (byte) 0));
        assertThrows(IndexOutOfBoundsException.class, () -> bytes.readBufferInt(ByteOrder.LITTLE_ENDIAN, 6));
        assertThrows(IndexOutOfBoundsException.class, () -> bytes.readBufferByte(-1));
    }

    @Test
    void floatsAndDoublesWithEitherByteOrder() {
        Value packed = eval("import struct\nstruct.pack('<fd', 1.5, -2.25) + struct.pack('>d', 1e100)");
        assertEquals(1.5f, packed.readBufferFloat(ByteOrder.LITTLE_ENDIAN, 0));
        assertEquals(-2.25, packed.readBufferDouble(ByteOrder.LITTLE_ENDIAN, 4));
        assertEquals(1e100, packed.readBufferDouble(ByteOrder.BIG_ENDIAN, 12));
    }

    @Test
    void bulkReadCopiesStraightOut() {
        Value bytes = eval("bytes(range(100))");
        byte[] target = new byte[12];
        bytes.readBuffer(90, target, 2, 10);
        assertArrayEquals(new byte[]{0, 0, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99}, target);
        assertThrows(IndexOutOfBoundsException.class, () -> bytes.readBuffer(95, target, 0, 10));
    }

    @Test
    void javaWritesToABytearrayAreSeenByPython() {
        Value array = eval("data = bytearray(16)\ndata");
        assertTrue(array.isBufferWritable());
        array.writeBufferInt(ByteOrder.LITTLE_ENDIAN, 0, 0x11223344);
        array.writeBufferDouble(ByteOrder.BIG_ENDIAN, 8, 3.5);
        array.writeBufferByte(4, (byte) 0x7f);
        array.writeBufferShort(ByteOrder.BIG_ENDIAN, 5, (short) 0x0102);
        array.writeBufferFloat(ByteOrder.LITTLE_ENDIAN, 8, 2.0f);
        array.writeBufferLong(ByteOrder.LITTLE_ENDIAN, 8, -1L);
        assertEquals("bytearray(b'D3\"\\x11\\x7f\\x01\\x02\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff')", eval("repr(data)").asString());
        assertEquals(0x11223344, eval("int.from_bytes(data[:4], 'little')").asInt());
    }

    @Test
    void aBytearrayThatGrowsOrShrinksShowsItsNewSize() {
        Value array = eval("data = bytearray(b'abc')\ndata");
        assertEquals(3, array.getBufferSize());
        eval("data.extend(b'defg')");
        assertEquals(7, array.getBufferSize());
        assertEquals('g', array.readBufferByte(6));
        eval("del data[2:]");
        assertEquals(2, array.getBufferSize());
        assertThrows(IndexOutOfBoundsException.class, () -> array.readBufferByte(2));
    }

    @Test
    void interopAccessHoldsNoExport() {
        Value array = eval("data = bytearray(4)\ndata");
        array.writeBufferInt(ByteOrder.LITTLE_ENDIAN, 0, 7);
        // CPython refuses to resize a bytearray only while a view of it is held; interop holds none
        eval("data.append(1)");
        assertEquals(5, array.getBufferSize());
    }

    @Test
    void pythonWritesIntoAHostByteBufferInPlace() {
        ByteBuffer heap = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer direct = ByteBuffer.allocateDirect(16).order(ByteOrder.BIG_ENDIAN);
        Value fill = eval("import struct\ndef fill(buf, order):\n    struct.pack_into(order + 'iqh', buf, 1, -5, 2 ** 40, 300)\n    return struct.unpack_from(order + 'iqh', buf, 1)\nfill");
        assertEquals("(-5, 1099511627776, 300)", fill.execute(heap, "<").toString());
        assertEquals(-5, heap.getInt(1));
        assertEquals(1L << 40, heap.getLong(5));
        assertEquals(300, heap.getShort(13));
        assertEquals("(-5, 1099511627776, 300)", fill.execute(direct, ">").toString());
        assertEquals(-5, direct.getInt(1));
        assertEquals(1L << 40, direct.getLong(5));
        // and the other way: the host's writes are what Python reads
        heap.putInt(1, 123456);
        context.getBindings("minipy").putMember("heap", heap);
        assertEquals("(123456, 1099511627776, 300)", eval("struct.unpack_from('<iqh', heap, 1)").toString());
    }

    @Test
    void aReadOnlyByteBufferIsAReadOnlyExporter() {
        ByteBuffer readOnly = ByteBuffer.wrap(new byte[]{1, 2, 3, 4}).asReadOnlyBuffer();
        context.getBindings("minipy").putMember("ro", readOnly);
        assertEquals("(67305985,)", eval("import struct\nstruct.unpack('<i', ro)").toString());
        assertEquals("b'\\x00\\x01\\x02\\x03\\x04'", eval("repr(b'\\x00' + ro)").asString());
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("struct.pack_into('b', ro, 0, 9)"));
        assertEquals("TypeError: argument must be read-write bytes-like object, not ForeignObject", e.toString());
    }

    @Test
    void aHostBufferThatShrinksIsNeverReadPastItsEnd() {
        ByteBuffer buffer = ByteBuffer.allocate(16);
        context.getBindings("minipy").putMember("buf", buffer);
        eval("import struct\nrecords = struct.iter_unpack('<i', buf)\nfirst = next(records)");
        buffer.limit(4);
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("next(records)"));
        assertEquals("BufferError: foreign buffer has shrunk: cannot access 4 bytes at offset 4", e.toString());
        assertEquals("(0,)", eval("struct.unpack('<i', buf)").toString());
    }

    @Test
    void withoutBufferAccessAByteBufferIsNoBuffer() {
        try (Context restricted = Context.create("minipy")) {
            restricted.getBindings("minipy").putMember("buf", ByteBuffer.allocate(4));
            PolyglotException e = assertThrows(PolyglotException.class, () -> restricted.eval("minipy", "import struct\nstruct.unpack('<i', buf)"));
            assertEquals("TypeError: a bytes-like object is required, not 'ForeignObject'", e.toString());
        }
    }

    /**
     * The round trip: a host ByteBuffer goes to Python, Python writes a header into it in place and returns a
     * bytearray of its own, Java fills that bytearray through interop and Python reads what Java wrote. No side
     * ever holds a copy: each sees the other's later writes in the very objects it holds.
     */
    @Test
    void roundTripWithoutCopies() {
        ByteBuffer frame = ByteBuffer.allocateDirect(8).order(ByteOrder.LITTLE_ENDIAN);
        Value process = eval("import struct\n"
                        + "def process(frame):\n"
                        + "    struct.pack_into('<I', frame, 0, 0xCAFEBABE)\n"
                        + "    global reply, held\n"
                        + "    held = frame\n"
                        + "    reply = bytearray(8)\n"
                        + "    return reply\n"
                        + "process");
        Value reply = process.execute(frame);
        assertEquals(0xCAFEBABE, frame.getInt(0));
        reply.writeBufferLong(ByteOrder.LITTLE_ENDIAN, 0, frame.getInt(0) & 0xFFFFFFFFL);
        assertEquals(0xCAFEBABEL, eval("struct.unpack('<Q', reply)[0]").asLong());
        frame.putInt(4, 77);
        assertEquals(77, eval("struct.unpack_from('<i', held, 4)[0]").asInt());
        assertSame(frame, context.getBindings("minipy").getMember("held").asHostObject());
    }
}
