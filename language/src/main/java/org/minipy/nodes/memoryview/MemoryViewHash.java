package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.runtime.ObjectHash;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.buffer.FormatCode;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * {@code hash(m)}: memory_hash. Only readonly views of the byte formats hash, to the hash of their
 * bytes, so that a view hashes like the bytes it equals; the exporter must be hashable too. The
 * result is cached in the view.
 */
public final class MemoryViewHash {
    private MemoryViewHash() {
    }

    @TruffleBoundary
    public static long hash(Node node, PMemoryView view) {
        long cached = view.getCachedHash();
        if (cached != -1) {
            return cached;
        }
        view.checkReleased(node);
        if (!view.isReadonly()) {
            throw PRaiseNode.raise(node, ValueError, "cannot hash writable memoryview object");
        }
        FormatCode format = PMemoryView.nativeFormat(view.getFormat());
        if (format != FormatCode.UBYTE && format != FormatCode.BYTE && format != FormatCode.CHAR) {
            throw PRaiseNode.raise(node, ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        // an unhashable exporter makes the view unhashable, with the exporter's error
        ObjectHash.hash(node, view.getExporter());
        byte[] bytes = view.asBuffer().toByteArray();
        long h = ObjectHash.hashBytes(bytes, bytes.length);
        view.setCachedHash(h);
        return h;
    }
}
