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
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.ManagedBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code __buffer__(flags)} (PEP 688) of every builtin exporter: a memoryview of a buffer acquired
 * from the object itself with those flags (wrap_buffer, _PyMemoryView_FromBufferProc). Unlike
 * {@code memoryview(m)}, {@code m.__buffer__(flags)} is an export of {@code m}, which {@code m}
 * counts until the new view is released.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.bytes, PythonBuiltinClassType.bytearray, PythonBuiltinClassType.memoryview,
                PythonBuiltinClassType.array})
public final class BufferBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BufferBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__buffer__", parameters = {"self", "flags"})
    @GenerateNodeFactory
    public abstract static class DunderBufferNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object buffer(Object self, Object flags) {
            int f = flags(flags);
            PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
            if (!buffers.isBuffer(self)) {
                throw PRaiseNode.raise(this, TypeError, "descriptor '__buffer__' requires a buffer object but received a '%s'",
                                GetClassNode.getUncached().execute(self).getName());
            }
            return PMemoryView.ofManagedBuffer(ManagedBuffer.acquire(self, f, buffers), f);
        }

        /** PyNumber_AsSsize_t(flags, OverflowError), then the int range of the C API's flags. */
        private int flags(Object value) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
            }
            if (!(index instanceof Long l)) {
                throw PRaiseNode.raise(this, OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            if (l > Integer.MAX_VALUE) {
                throw PRaiseNode.raise(this, OverflowError, "buffer flags too large");
            }
            // larger negative values are cut to an int, as the C cast does
            return (int) (long) l;
        }
    }
}
