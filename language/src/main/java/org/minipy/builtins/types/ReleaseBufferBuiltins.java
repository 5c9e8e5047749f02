package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * {@code __release_buffer__(view)} (PEP 688, wrap_releasebuffer) of the exporters that release
 * something (bytes does not): releases a memoryview of this object's buffer.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.bytearray, PythonBuiltinClassType.memoryview, PythonBuiltinClassType.array})
public final class ReleaseBufferBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ReleaseBufferBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__release_buffer__", parameters = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class DunderReleaseBufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object release(Object self, Object buffer) {
            if (!(buffer instanceof PMemoryView view)) {
                throw PRaiseNode.raise(this, TypeError, "expected a memoryview object");
            }
            if (view.getExporter() != self) {
                throw PRaiseNode.raise(this, ValueError, "memoryview's buffer is not this object");
            }
            if (view.isReleased()) {
                throw PRaiseNode.raise(this, ValueError, "memoryview's buffer has already been released");
            }
            MemoryViewBuiltins.ReleaseNode.release(this, view);
            return PNone.NONE;
        }
    }
}
