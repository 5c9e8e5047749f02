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

    private static final String EXERCISE = """
            import struct

            def exercise(buf):
                m = memoryview(buf)
                out = [m.readonly, m.nbytes, m.format, m.itemsize, len(m), m[0], m[-1], m[2:5].tolist(), m[::3].tobytes(),
                       m.hex(), m.hex(':', 4), bytes(m[1:3]), m.tobytes() == bytes(m), list(m[:4]), 7 in m, m.count(3), m.index(9)]
                m[0] = 255
                m[1:3] = b'\\x07\\x08'
                m[12:16] = m[0:4]
                m[4:8:2] = bytearray(b'\\xaa\\xbb')
                ints = m.cast('i')
                out += [ints.tolist(), ints[1], len(ints), ints.format, ints.shape]
                ints[2] = -2
                shorts = m[4:12].cast('H')
                shorts[0] = 513
                grid = m.cast('B', (4, 4))
                out += [grid[1, 2], grid.tolist()[3], grid.strides, m[::-1].tobytes(), struct.unpack_from('<i', m, 8)]
                grid[3, 3] = 42
                with m[0:2] as part:
                    out.append(part.tolist())
                out += [m == bytes(m), m == m[::-1], m.tolist()]
                return out
            """;

    /** memoryview of a host ByteBuffer behaves as memoryview of a bytearray with the same bytes, in place. */
    @Test
    void memoryviewOfAHostBufferWorksAsOfABytearray() {
        Value exercise = eval(EXERCISE + "exercise");
        Value array = eval("bytearray(range(16))");
        String expected = exercise.execute(array).toString();
        byte[] expectedBytes = new byte[16];
        array.readBuffer(0, expectedBytes, 0, 16);
        for (ByteBuffer buffer : new ByteBuffer[]{ByteBuffer.allocate(16), ByteBuffer.allocateDirect(16)}) {
            for (int i = 0; i < 16; i++) {
                buffer.put(i, (byte) i);
            }
            assertEquals(expected, exercise.execute(buffer).toString());
            byte[] actual = new byte[16];
            buffer.get(0, actual);
            assertArrayEquals(expectedBytes, actual);
        }
    }

    @Test
    void memoryviewOfAReadOnlyHostBufferIsReadOnly() {
        context.getBindings("minipy").putMember("ro", ByteBuffer.wrap(new byte[]{1, 2, 3, 4}).asReadOnlyBuffer());
        assertEquals("(True, [1, 2, 3, 4], 'obj is ro')", eval("m = memoryview(ro)\n(m.readonly, m.tolist(), 'obj is ro' if m.obj is ro else '')").toString());
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("m[0] = 1"));
        assertEquals("TypeError: cannot modify read-only memory", e.toString());
    }

    @Test
    void aMemoryviewOfAShrunkHostBufferNeverReadsPastItsEnd() {
        ByteBuffer buffer = ByteBuffer.allocate(8);
        context.getBindings("minipy").putMember("buf", buffer);
        eval("m = memoryview(buf)");
        buffer.limit(2);
        assertEquals(1, eval("m[1] = 1\nm[1]").asInt());
        PolyglotException e = assertThrows(PolyglotException.class, () -> eval("m[5]"));
        assertEquals("BufferError: foreign buffer has shrunk: cannot access 1 bytes at offset 5", e.toString());
        e = assertThrows(PolyglotException.class, () -> eval("m.tobytes()"));
        assertEquals("BufferError: foreign buffer has shrunk: cannot access 8 bytes at offset 0", e.toString());
    }

    @Test
    void aContiguousMemoryviewIsABufferOfItsBytes() {
        Value view = eval("source = bytearray(range(10))\nview = memoryview(source)[2:8]\nview");
        assertTrue(view.hasBufferElements());
        assertEquals(6, view.getBufferSize());
        assertEquals(2, view.readBufferByte(0));
        assertEquals(0x07060504, view.readBufferInt(ByteOrder.LITTLE_ENDIAN, 2));
        view.writeBufferShort(ByteOrder.BIG_ENDIAN, 0, (short) 0x0102);
        assertEquals("bytearray(b'\\x00\\x01\\x01\\x02\\x04\\x05\\x06\\x07\\x08\\t')", eval("repr(source)").asString());
        assertThrows(IndexOutOfBoundsException.class, () -> view.readBufferByte(6));
        Value readOnly = eval("memoryview(b'abc')");
        assertFalse(readOnly.isBufferWritable());
        assertFalse(eval("memoryview(source)[::2]").hasBufferElements());
        eval("view.release()");
        assertFalse(view.hasBufferElements());
        // the view held an export of source; released, it holds none
        eval("source.append(1)");
    }
}
