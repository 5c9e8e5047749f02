package org.minipy.nodes.buffer;

import java.util.Arrays;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.StructLayout;

/**
 * Reads the values of a layout from bytes (s_unpack_internal); the caller has checked that
 * {@code layout.getSize()} bytes are there. For a layout that stays the same, the loop over its codes is
 * unrolled with one item reader per code, so each read compiles to one load.
 */
@GenerateUncached
public abstract class StructUnpackItemsNode extends PyBaseNode {
    /** Layouts with more codes than this are read by one loop: unrolling them would bloat the compiled code. */
    static final int MAX_UNROLLED_CODES = 16;

    public abstract PTuple execute(StructLayout layout, byte[] data, int offset);

    public static StructUnpackItemsNode create() {
        return StructUnpackItemsNodeGen.create();
    }

    public static StructUnpackItemsNode getUncached() {
        return StructUnpackItemsNodeGen.getUncached();
    }

    @Specialization(guards = {"layout == cachedLayout", "cachedLayout.getCodeCount() <= MAX_UNROLLED_CODES"}, limit = "3")
    @ExplodeLoop
    static PTuple doCached(@SuppressWarnings("unused") StructLayout layout, byte[] data, int offset,
                    @Cached("layout") StructLayout cachedLayout,
                    @Cached("createItemNodes(cachedLayout)") UnpackItemNode[] items) {
        Object[] values = new Object[(int) cachedLayout.getItemCount()];
        int next = 0;
        for (int i = 0; i < items.length; i++) {
            next = unpackCode(cachedLayout, i, items[i], data, offset, values, next);
        }
        return new PTuple(values);
    }

    @Specialization(replaces = "doCached")
    static PTuple doGeneric(StructLayout layout, byte[] data, int offset,
                    @Cached UnpackItemNode item) {
        Object[] values = new Object[(int) layout.getItemCount()];
        int next = 0;
        for (int i = 0; i < layout.getCodeCount(); i++) {
            next = unpackCode(layout, i, item, data, offset, values, next);
        }
        return new PTuple(values);
    }

    static UnpackItemNode[] createItemNodes(StructLayout layout) {
        UnpackItemNode[] nodes = new UnpackItemNode[layout.getCodeCount()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = UnpackItemNode.create();
        }
        return nodes;
    }

    /** Stores the values of code {@code i} from {@code values[next]} on and returns the index after them. */
    private static int unpackCode(StructLayout layout, int i, UnpackItemNode item, byte[] data, int offset, Object[] values, int next) {
        FormatCode code = layout.getCode(i);
        int size = layout.getItemSize(i);
        int pos = offset + layout.getOffset(i);
        if (code == FormatCode.STRING) {
            values[next] = new PBytes(Arrays.copyOfRange(data, pos, pos + size));
            return next + 1;
        }
        if (code == FormatCode.PASCAL) {
            values[next] = pascalString(data, pos, size);
            return next + 1;
        }
        int repeat = layout.getRepeat(i);
        boolean bigEndian = layout.isBigEndian();
        for (int r = 0; r < repeat; r++) {
            values[next + r] = item.execute(code, bigEndian, size, data, pos);
            pos += size;
        }
        return next + repeat;
    }

    /** 'p': a length byte, capped by the field, then that many bytes. */
    private static PBytes pascalString(byte[] data, int pos, int size) {
        if (size == 0) {
            return PBytes.EMPTY;
        }
        int n = Math.min(data[pos] & 0xff, size - 1);
        return new PBytes(Arrays.copyOfRange(data, pos + 1, pos + 1 + n));
    }
}
