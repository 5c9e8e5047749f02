package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.UnpackItemNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.buffer.FormatCode;

/**
 * unpack_single for a view: the item that starts at byte {@code position} of the view's data, read
 * with the view's format (cached, so that a call site that sees one format compiles to one load).
 */
@GenerateUncached
public abstract class MemoryViewReadItemNode extends PyBaseNode {
    public abstract Object execute(PMemoryView view, int position);

    public static MemoryViewReadItemNode create() {
        return MemoryViewReadItemNodeGen.create();
    }

    public static MemoryViewReadItemNode getUncached() {
        return MemoryViewReadItemNodeGen.getUncached();
    }

    // a foreign view takes doGeneric: its branch stays out of the common compiled path
    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "!view.isForeign()"}, limit = "3")
    static Object doCached(PMemoryView view, int position,
                    @Cached("view.getItemFormat()") FormatCode cachedFormat,
                    @Cached UnpackItemNode unpack,
                    @Bind Node node) {
        return read(node, view, cachedFormat, position, unpack);
    }

    @Specialization(replaces = "doCached")
    static Object doGeneric(PMemoryView view, int position,
                    @Cached UnpackItemNode unpack,
                    @Bind Node node) {
        return read(node, view, view.getItemFormat(), position, unpack);
    }

    private static Object read(Node node, PMemoryView view, FormatCode format, int position, UnpackItemNode unpack) {
        // CHECK_RELEASED_AGAIN: an __index__ called on the way here may have released the view
        view.checkReleased(node);
        if (format == null) {
            throw view.formatNotSupported(node);
        }
        if (view.isForeign()) {
            // the codec reads arrays: a foreign buffer's item is read out first
            byte[] item = new byte[format.nativeSize];
            view.readBytes(position, item, 0, item.length);
            return unpack.execute(format, false, format.nativeSize, item, 0);
        }
        return unpack.execute(format, false, format.nativeSize, view.getData(), position);
    }
}
