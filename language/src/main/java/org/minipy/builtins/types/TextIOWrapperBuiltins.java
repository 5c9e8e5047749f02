package org.minipy.builtins.types;

import java.io.IOException;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTextStream;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.OSError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.UnsupportedOperation;

/** {@code _io.TextIOWrapper}, the class of sys.stdin, sys.stdout and sys.stderr, with the methods scripts use. */
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
        long write(PTextStream self, String text) {
            if (!self.isWritable()) {
                throw PRaiseNode.raise(this, UnsupportedOperation, "not writable");
            }
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

    /** _io_TextIOWrapper_read: {@code size} characters, or all to the end of the input for a negative size or None. */
    @Builtin(name = "read", parameters = {"self", "size"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class TextIOReadNode extends PythonBinaryBuiltinNode {
        @Specialization
        String read(PTextStream self, Object size) {
            long n = sizeArgument(this, size);
            try {
                return readable(this, self).read(n);
            } catch (IOException e) {
                throw ioError(this, e);
            }
        }

        @Fallback
        Object read(Object self, @SuppressWarnings("unused") Object size) {
            throw wrongSelf(this, self, "read");
        }
    }

    /** _io_TextIOWrapper_readline: the next line with its newline, "" at the end of the input. */
    @Builtin(name = "readline", parameters = {"self", "size"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class TextIOReadlineNode extends PythonBinaryBuiltinNode {
        @Specialization
        String readline(PTextStream self, Object size) {
            long n = sizeArgument(this, size);
            try {
                return readable(this, self).readline(n);
            } catch (IOException e) {
                throw ioError(this, e);
            }
        }

        @Fallback
        Object readline(Object self, @SuppressWarnings("unused") Object size) {
            throw wrongSelf(this, self, "readline");
        }
    }

    /** IOBase.readlines: every line left. */
    @Builtin(name = "readlines", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TextIOReadlinesNode extends PythonUnaryBuiltinNode {
        @Specialization
        PList readlines(PTextStream self) {
            PList lines = new PList();
            try {
                for (String line = readable(this, self).readline(-1); !line.isEmpty(); line = self.readline(-1)) {
                    lines.append(line);
                }
            } catch (IOException e) {
                throw ioError(this, e);
            }
            return lines;
        }

        @Fallback
        Object readlines(Object self) {
            throw wrongSelf(this, self, "readlines");
        }
    }

    /** IOBase.__iter__: a stream is its own iterator over its lines. */
    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TextIOIterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object iter(PTextStream self) {
            return self;
        }

        @Fallback
        Object iter(Object self) {
            throw wrongSelf(this, self, "__iter__");
        }
    }

    /** textiowrapper_iternext. */
    @Builtin(name = "__next__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TextIONextNode extends PythonUnaryBuiltinNode {
        @Specialization
        String next(PTextStream self) {
            String line;
            try {
                line = readable(this, self).readline(-1);
            } catch (IOException e) {
                throw ioError(this, e);
            }
            if (line.isEmpty()) {
                throw PRaiseNode.raiseNoArgs(this, StopIteration);
            }
            return line;
        }

        @Fallback
        Object next(Object self) {
            throw wrongSelf(this, self, "__next__");
        }
    }

    private static PTextStream readable(Node node, PTextStream stream) {
        if (!stream.isReadable()) {
            throw PRaiseNode.raise(node, UnsupportedOperation, "not readable");
        }
        return stream;
    }

    /** The size argument of read and readline: an int, or None for no limit. */
    @TruffleBoundary
    private static long sizeArgument(Node node, Object size) {
        if (size == PNone.NO_VALUE || size == PNone.NONE) {
            return -1;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(size);
        if (index instanceof Long n) {
            return n;
        } else if (index != null) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        }
        throw PRaiseNode.raise(node, TypeError, "argument should be integer or None, not '%s'", GetClassNode.getUncached().execute(size).getName());
    }

    @TruffleBoundary
    private static PException ioError(Node node, IOException e) {
        return PRaiseNode.raise(node, OSError, String.valueOf(e.getMessage()));
    }

    /** For methods called through the class with something else as self. */
    @TruffleBoundary
    private static PException wrongSelf(Node node, Object self, String method) {
        return DescriptorErrors.wrongSelf(node, method, "_io.TextIOWrapper", self);
    }
}
