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
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.builtins.types.BytesBuiltins.asSsize;
import static org.minipy.builtins.types.BytesBuiltins.byteValue;
import static org.minipy.nodes.object.ByteSource.bytesLikeOrNull;
import static org.minipy.builtins.types.BytesBuiltins.typeName;
import static org.minipy.builtins.types.BytesBuiltins.wrongSelf;
import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** The methods only bytearray has: the mutating ones (Objects/bytearrayobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.bytearray)
public final class ByteArrayBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ByteArrayBuiltinsFactory.getFactories();
    }

    /**
     * Makes room for {@code extra} more bytes at {@code index}, shifting the tail right. Like
     * PyByteArray_Resize it refuses only a real change of size while buffers are exported.
     */
    @TruffleBoundary
    private static void openGap(Node node, PByteArray self, int index, int extra) {
        if (extra > 0) {
            self.checkCanResize(node);
        }
        int length = self.length();
        self.ensureCapacity(length + extra);
        byte[] data = self.getBytes();
        System.arraycopy(data, index, data, index + extra, length - index);
        self.setLength(length + extra);
    }

    /** Removes the byte at {@code index}, shifting the tail left. */
    private static byte removeAt(Node node, PByteArray self, int index) {
        self.checkCanResize(node);
        byte[] data = self.getBytes();
        byte value = data[index];
        System.arraycopy(data, index + 1, data, index, self.length() - index - 1);
        self.setLength(self.length() - 1);
        return value;
    }

    @Builtin(name = "append", parameters = {"self", "item"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization(guards = {"item >= 0", "item < 256"})
        Object appendByte(PByteArray self, long item) {
            store(this, self, (byte) item);
            return PNone.NONE;
        }

        @Specialization
        Object append(PByteArray self, Object item) {
            store(this, self, byteValue(this, item));
            return PNone.NONE;
        }

        private static void store(Node node, PByteArray self, byte value) {
            self.checkCanResize(node);
            int length = self.length();
            self.ensureCapacity(length + 1);
            self.getBytes()[length] = value;
            self.setLength(length + 1);
        }

        @Fallback
        Object wrong(Object self, @SuppressWarnings("unused") Object item) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    /** bytearray_extend: a bytes-like object, or any iterable of ints in range(256). */
    @Builtin(name = "extend", parameters = {"self", "iterable_of_ints"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object extend(PByteArray self, Object iterable) {
            byte[] bytes;
            try {
                bytes = bytesLikeOrNull(iterable);
            } catch (PException e) {
                // bytearray_setslice asks for a simple buffer and words any refusal its own way
                throw PRaiseNode.raise(this, TypeError, "can't set bytearray slice from %s", typeName(iterable));
            }
            if (bytes == null) {
                if (iterable instanceof String) {
                    throw PRaiseNode.raise(this, TypeError, "expected iterable of integers; got: 'str'");
                }
                checkIterable(iterable);
                bytes = ByteSource.fromIterableOfInts(this, iterable);
            }
            int length = self.length();
            openGap(this, self, length, bytes.length);
            System.arraycopy(bytes, 0, self.getBytes(), length, bytes.length);
            return PNone.NONE;
        }

        private void checkIterable(Object iterable) {
            try {
                PyObjectGetIterNode.getUncached().execute(iterable);
            } catch (PException e) {
                if (e.isOfType(TypeError)) {
                    throw PRaiseNode.raise(this, TypeError, "can't extend bytearray with %s", typeName(iterable));
                }
                throw e;
            }
        }

        @Fallback
        Object wrong(Object self, @SuppressWarnings("unused") Object iterable) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    /** bytearray_insert: the index is clamped to the ends, as list.insert does. */
    @Builtin(name = "insert", parameters = {"self", "index", "item"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object insert(PByteArray self, Object indexArg, Object item) {
            long index = asSsize(this, indexArg);
            byte value = byteValue(this, item);
            int length = self.length();
            if (index < 0) {
                index = Math.max(0, index + length);
            }
            int at = (int) Math.min(index, length);
            openGap(this, self, at, 1);
            self.getBytes()[at] = value;
            return PNone.NONE;
        }

        @Fallback
        Object wrong(Object self, @SuppressWarnings("unused") Object index, @SuppressWarnings("unused") Object item) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    @Builtin(name = "pop", parameters = {"self", "index"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        long pop(PByteArray self, Object indexArg) {
            long index = indexArg == PNone.NO_VALUE ? -1 : asSsize(this, indexArg);
            int length = self.length();
            if (length == 0) {
                throw PRaiseNode.raise(this, IndexError, "pop from empty bytearray");
            }
            if (index < 0) {
                index += length;
            }
            if (index < 0 || index >= length) {
                throw PRaiseNode.raise(this, IndexError, "pop index out of range");
            }
            return removeAt(this, self, (int) index) & 0xff;
        }

        @Fallback
        Object wrong(Object self, @SuppressWarnings("unused") Object index) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    @Builtin(name = "remove", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object remove(PByteArray self, Object valueArg) {
            byte value = byteValue(this, valueArg);
            byte[] data = self.getBytes();
            for (int i = 0; i < self.length(); i++) {
                if (data[i] == value) {
                    removeAt(this, self, i);
                    return PNone.NONE;
                }
            }
            throw PRaiseNode.raise(this, ValueError, "value not found in bytearray");
        }

        @Fallback
        Object wrong(Object self, @SuppressWarnings("unused") Object value) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    @Builtin(name = "clear", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(PByteArray self) {
            if (self.length() > 0) {
                self.checkCanResize(this);
            }
            self.setContents(new byte[0], 0);
            return PNone.NONE;
        }

        @Fallback
        Object wrong(Object self) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    @Builtin(name = "copy", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static PByteArray copy(PByteArray self) {
            return new PByteArray(self.toByteArray());
        }

        @Fallback
        Object wrong(Object self) {
            throw wrongSelf(this, self, "bytearray");
        }
    }

    @Builtin(name = "reverse", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object reverse(PByteArray self) {
            byte[] data = self.getBytes();
            for (int i = 0, j = self.length() - 1; i < j; i++, j--) {
                byte t = data[i];
                data[i] = data[j];
                data[j] = t;
            }
            return PNone.NONE;
        }

        @Fallback
        Object wrong(Object self) {
            throw wrongSelf(this, self, "bytearray");
        }
    }
}
