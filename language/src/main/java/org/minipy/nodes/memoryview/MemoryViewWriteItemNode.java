package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.PackItemNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PackException;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * pack_single for a view: writes {@code value} as the item at byte {@code position}, with
 * memoryview's own errors for values that do not fit (fix_error_int): "invalid type" where the
 * conversion raised TypeError, "invalid value" for OverflowError and ValueError.
 */
@GenerateUncached
public abstract class MemoryViewWriteItemNode extends PyBaseNode {
    public abstract void execute(PMemoryView view, int position, Object value);

    public static MemoryViewWriteItemNode create() {
        return MemoryViewWriteItemNodeGen.create();
    }

    public static MemoryViewWriteItemNode getUncached() {
        return MemoryViewWriteItemNodeGen.getUncached();
    }

    // a foreign view takes doGeneric: its branch stays out of the common compiled path
    @Specialization(guards = {"view.getItemFormat() == cachedFormat", "!view.isForeign()"}, limit = "3")
    static void doCached(PMemoryView view, int position, Object value,
                    @Cached("view.getItemFormat()") FormatCode cachedFormat,
                    @Cached PackItemNode pack,
                    @Bind Node node) {
        write(node, view, cachedFormat, position, value, pack);
    }

    @Specialization(replaces = "doCached")
    static void doGeneric(PMemoryView view, int position, Object value,
                    @Cached PackItemNode pack,
                    @Bind Node node) {
        write(node, view, view.getItemFormat(), position, value, pack);
    }

    private static void write(Node node, PMemoryView view, FormatCode format, int position, Object value, PackItemNode pack) {
        if (format == null) {
            throw view.formatNotSupported(node);
        }
        if (format == FormatCode.CHAR) {
            // unlike struct, memoryview takes only bytes for 'c'
            if (!(value instanceof PBytes b)) {
                throw invalid(node, TypeError, format);
            }
            if (b.length() != 1) {
                throw invalid(node, ValueError, format);
            }
            view.writeBytes(position, b.getBytes(), 0, 1);
            return;
        }
        try {
            if (view.isForeign()) {
                // the codec writes arrays: a foreign buffer's item is packed aside and stored in one piece
                byte[] item = new byte[format.nativeSize];
                pack.execute(format, false, format.nativeSize, item, 0, value);
                view.checkReleased(node);
                view.writeBytes(position, item, 0, item.length);
                return;
            }
            pack.execute(format, false, format.nativeSize, view.getData(), position, value);
        } catch (PackException e) {
            throw invalid(node, e.isTypeError() ? TypeError : ValueError, format);
        }
        // CHECK_RELEASED_INT_AGAIN: __index__ or __bool__ of the value may have released the view
        view.checkReleased(node);
    }

    @TruffleBoundary
    private static RuntimeException invalid(Node node, org.minipy.runtime.PythonBuiltinClassType type, FormatCode format) {
        return PRaiseNode.raise(node, type, "memoryview: invalid %s for format '%s'", type == TypeError ? "type" : "value", format.code);
    }
}
