package org.minipy.nodes.memoryview;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.buffer.ManagedBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * PyMemoryView_FromObjectAndFlags: {@code memoryview(x)} and {@code memoryview._from_flags(x, flags)}.
 * A view of a memoryview joins its managed buffer; any other exporter gets a new managed buffer.
 */
@GenerateUncached
public abstract class MemoryViewFromObjectNode extends PyBaseNode {
    public abstract PMemoryView execute(Object object, int flags);

    public static MemoryViewFromObjectNode create() {
        return MemoryViewFromObjectNodeGen.create();
    }

    @Specialization
    static PMemoryView doMemoryView(PMemoryView view, @SuppressWarnings("unused") int flags, @Bind Node node) {
        view.checkReleased(node);
        return view.newView(false);
    }

    @Specialization(guards = "!isMemoryView(object)", limit = "3")
    static PMemoryView doExporter(Object object, int flags,
                    @CachedLibrary("object") PythonBufferLibrary buffers,
                    @Bind Node node) {
        if (!buffers.isBuffer(object)) {
            throw notBytesLike(node, object);
        }
        return PMemoryView.ofManagedBuffer(ManagedBuffer.acquire(object, flags, buffers), flags);
    }

    @TruffleBoundary
    private static RuntimeException notBytesLike(Node node, Object object) {
        return PRaiseNode.raise(node, TypeError, "memoryview: a bytes-like object is required, not '%s'",
                        GetClassNode.getUncached().execute(object).getName());
    }

    static boolean isMemoryView(Object object) {
        return object instanceof PMemoryView;
    }
}
