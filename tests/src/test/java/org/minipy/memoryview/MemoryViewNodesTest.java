package org.minipy.memoryview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.minipy.nodes.memoryview.MemoryViewAssignSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewCastNode;
import org.minipy.nodes.memoryview.MemoryViewFromObjectNode;
import org.minipy.nodes.memoryview.MemoryViewRichCompareNode;
import org.minipy.nodes.memoryview.MemoryViewSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewToListNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

/**
 * The memoryview nodes on their own, outside of Python code: item access on each path (cached
 * format, N-D tuple, generic), slicing without copies, packing errors, cast rules, comparison
 * semantics and the export bookkeeping of managed buffers.
 */
class MemoryViewNodesTest {
    private Context context;

    @BeforeEach
    void enter() {
        context = Context.create("minipy");
        context.initialize("minipy");
        context.enter();
    }

    @AfterEach
    void leave() {
        context.leave();
        context.close();
    }

    private static PMemoryView view(Object exporter) {
        return MemoryViewFromObjectNode.create().execute(exporter, BufferFlags.FULL_RO);
    }

    private static PByteArray bytearray(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return new PByteArray(bytes);
    }

    private static void assertRaises(PythonBuiltinClassType type, String message, Executable executable) {
        PException e = assertThrows(PException.class, executable);
        assertEquals(type, e.getPythonException().getType());
        assertEquals(message, e.getPythonException().getArgs().get(0));
    }

    @Test
    void indexReadsTheItemAndChecksBounds() {
        MemoryViewSubscriptNode subscript = MemoryViewSubscriptNode.create();
        PMemoryView m = view(bytearray(10, 20, 200));
        assertEquals(10L, subscript.execute(m, 0L));
        assertEquals(200L, subscript.execute(m, -1L));
        assertRaises(PythonBuiltinClassType.IndexError, "index out of bounds on dimension 1", () -> subscript.execute(m, 3L));
        assertRaises(PythonBuiltinClassType.IndexError, "index out of bounds on dimension 1", () -> subscript.execute(m, -4L));
        // a key of another type on the same node goes the generic way and agrees
        assertEquals(20L, subscript.execute(m, true));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: invalid slice key", () -> subscript.execute(m, "x"));
    }

    @Test
    void tupleIndexOfAnNDView() {
        MemoryViewSubscriptNode subscript = MemoryViewSubscriptNode.create();
        PMemoryView m = MemoryViewCastNode.create().execute(view(bytearray(0, 1, 2, 3, 4, 5)), "B", new PTuple(new Object[]{2L, 3L}));
        assertEquals(5L, subscript.execute(m, new PTuple(new Object[]{1L, 2L})));
        assertEquals(3L, subscript.execute(m, new PTuple(new Object[]{-1L, 0L})));
        assertRaises(PythonBuiltinClassType.IndexError, "index out of bounds on dimension 2", () -> subscript.execute(m, new PTuple(new Object[]{0L, 3L})));
        assertRaises(PythonBuiltinClassType.NotImplementedError, "multi-dimensional sub-views are not implemented", () -> subscript.execute(m, 0L));
        assertRaises(PythonBuiltinClassType.NotImplementedError, "sub-views are not implemented", () -> subscript.execute(m, new PTuple(new Object[]{0L})));
        assertRaises(PythonBuiltinClassType.TypeError, "cannot index 2-dimension view with 3-element tuple",
                        () -> subscript.execute(m, new PTuple(new Object[]{0L, 0L, 0L})));
    }

    @Test
    void slicesShareTheMemory() {
        PByteArray b = bytearray(0, 1, 2, 3, 4, 5, 6, 7);
        PMemoryView m = view(b);
        PMemoryView s = (PMemoryView) MemoryViewSubscriptNode.create().execute(m, new PSlice(7L, PNone.NONE, -3L));
        assertSame(b.getBytes(), s.getData());
        assertArrayEquals(new int[]{3}, s.getShape());
        assertArrayEquals(new long[]{-3}, s.getStrides());
        assertFalse(s.isCContiguous());
        PList items = (PList) MemoryViewToListNode.create().execute(s);
        assertArrayEquals(new Object[]{7L, 4L, 1L}, java.util.Arrays.copyOf(items.getItems(), items.size()));
        MemoryViewAssignSubscriptNode.create().execute(s, 1L, 99L);
        assertEquals(99, b.getBytes()[4]);
    }

    @Test
    void assignmentPacksWithMemoryviewErrors() {
        MemoryViewAssignSubscriptNode assign = MemoryViewAssignSubscriptNode.create();
        PMemoryView m = view(bytearray(0, 0, 0, 0));
        assertRaises(PythonBuiltinClassType.ValueError, "memoryview: invalid value for format 'B'", () -> assign.execute(m, 0L, 256L));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: invalid type for format 'B'", () -> assign.execute(m, 0L, 1.5));
        assertRaises(PythonBuiltinClassType.TypeError, "cannot delete memory", () -> assign.execute(m, 0L, null));
        PMemoryView ints = MemoryViewCastNode.create().execute(m, "i", PNone.NO_VALUE);
        assign.execute(ints, 0L, -2L);
        assertEquals(-2L, MemoryViewSubscriptNode.create().execute(ints, 0L));
        assertRaises(PythonBuiltinClassType.TypeError, "cannot modify read-only memory", () -> assign.execute(view(new PBytes(new byte[1])), 0L, 1L));
    }

    @Test
    void castRules() {
        MemoryViewCastNode cast = MemoryViewCastNode.create();
        PMemoryView m = view(bytearray(0, 0, 0, 0, 0, 0, 0, 0));
        PMemoryView d = cast.execute(m, "d", PNone.NO_VALUE);
        assertEquals(8, d.getItemSize());
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: cannot cast between two non-byte formats", () -> cast.execute(d, "i", PNone.NO_VALUE));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: length is not a multiple of itemsize",
                        () -> cast.execute(view(bytearray(1, 2, 3, 4, 5, 6)), "@i", PNone.NO_VALUE));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: product(shape) * itemsize != buffer size", () -> cast.execute(m, "@q", new PTuple(new Object[]{3L})));
        assertRaises(PythonBuiltinClassType.ValueError,
                        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
                        () -> cast.execute(m, "<i", PNone.NO_VALUE));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: product(shape) * itemsize != buffer size",
                        () -> cast.execute(m, "B", new PTuple(new Object[]{3L, 3L})));
        PMemoryView stepped = (PMemoryView) MemoryViewSubscriptNode.create().execute(m, new PSlice(PNone.NONE, PNone.NONE, 2L));
        assertRaises(PythonBuiltinClassType.TypeError, "memoryview: casts are restricted to C-contiguous views", () -> cast.execute(stepped, "B", PNone.NO_VALUE));
    }

    @Test
    void comparisonUnpacksItems() {
        MemoryViewRichCompareNode compare = MemoryViewRichCompareNode.create();
        MemoryViewCastNode cast = MemoryViewCastNode.create();
        // 1.0 as a double and 1 as a long, both as native bytes
        PMemoryView d = cast.execute(view(bytearray(0, 0, 0, 0, 0, 0, 0xf0, 0x3f)), "d", PNone.NO_VALUE);
        PMemoryView q = cast.execute(view(bytearray(1, 0, 0, 0, 0, 0, 0, 0)), "q", PNone.NO_VALUE);
        assertEquals(true, compare.execute(d, q));
        PMemoryView nan = cast.execute(view(bytearray(0, 0, 0, 0, 0, 0, 0xf8, 0x7f)), "d", PNone.NO_VALUE);
        assertEquals(false, compare.execute(nan, nan));
        assertEquals(true, compare.execute(view(new PBytes(new byte[]{1, 2})), bytearray(1, 2)));
        assertEquals(false, compare.execute(view(new PBytes(new byte[]{1, 2})), bytearray(1, 2, 3)));
        assertSame(org.minipy.runtime.PNotImplemented.INSTANCE, compare.execute(view(new PBytes(new byte[0])), 1L));
    }

    @Test
    void viewsOfViewsShareOneExport() {
        PByteArray b = bytearray(1, 2, 3);
        PMemoryView m = view(b);
        PMemoryView n = view(m);
        assertEquals(1, b.getExports());
        assertTrue(m.releaseView());
        assertTrue(b.hasExports());
        assertTrue(n.releaseView());
        assertFalse(b.hasExports());
    }

    @Test
    void unreachableViewsStopExporting() {
        PByteArray b = bytearray(1, 2, 3);
        // a view nobody keeps, as memoryview(b)[0] leaves behind
        assertEquals(1L, MemoryViewSubscriptNode.create().execute(view(b), 0L));
        assertTrue(b.hasExports());
        assertFalse(b.hasLiveExports());
        PMemoryView kept = view(b);
        assertTrue(b.hasLiveExports());
        assertTrue(kept.releaseView());
        assertFalse(b.hasExports());
    }

    @Test
    void exportedViewRefusesRelease() {
        PMemoryView m = view(bytearray(1, 2));
        // memoryview(m) joins m's managed buffer: it is no export of m
        view(m);
        assertEquals(0, m.getExports());
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        PBuffer held = buffers.acquire(m, BufferFlags.SIMPLE);
        assertFalse(m.releaseView());
        buffers.release(m, held);
        assertTrue(m.releaseView());
        assertRaises(PythonBuiltinClassType.ValueError, "operation forbidden on released memoryview object",
                        () -> MemoryViewSubscriptNode.create().execute(m, 0L));
    }
}
