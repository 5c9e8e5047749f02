package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code _io.TextIOWrapper}, the class of sys.stdout and sys.stderr, with the methods scripts use. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.TextIOWrapper)
public final class TextIOWrapperBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TextIOWrapperBuiltinsFactory.getFactories();
    }

    /** _io_TextIOWrapper_write. */
    @Builtin(name = "write", parameters = {"self", "s"})
    @GenerateNodeFactory
    public abstract static class TextIOWriteNode extends PythonBinaryBuiltinNode {
        @Specialization
        static long write(PTextStream self, String text) {
            return self.write(text);
        }

        @Fallback
        @TruffleBoundary
        Object write(Object self, Object text) {
            if (!(self instanceof PTextStream)) {
                throw wrongSelf(this, self, "write");
            }
            throw PRaiseNode.raise(this, TypeError, "write() argument must be str, not %s", GetClassNode.getUncached().execute(text).getName());
        }
    }

    @Builtin(name = "flush", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TextIOFlushNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object flush(PTextStream self) {
            self.flush();
            return PNone.NONE;
        }

        @Fallback
        Object flush(Object self) {
            throw wrongSelf(this, self, "flush");
        }
    }

    /** For methods called through the class with something else as self. */
    @TruffleBoundary
    private static PException wrongSelf(Node node, Object self, String method) {
        return PRaiseNode.raise(node, TypeError, "descriptor '%s' for '_io.TextIOWrapper' objects doesn't apply to a '%s' object", method,
                        GetClassNode.getUncached().execute(self).getName());
    }
}
