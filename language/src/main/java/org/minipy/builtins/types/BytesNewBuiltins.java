package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code bytes(source, encoding, errors)}; the methods of bytes live in BytesBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.bytes)
public final class BytesNewBuiltins extends PythonBuiltins {
    static final String[] PARAMETERS = {"source", "encoding", "errors"};
    /** The largest array the JVM reliably allocates; bigger requests are CPython's MemoryError. */
    private static final long MAX_SIZE = Integer.MAX_VALUE - 8;

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BytesNewBuiltinsFactory.getFactories();
    }

    // bytes_new_impl
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class BytesNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PBytes create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.bytes, cls);
            Object[] values = BuiltinArguments.unpack(this, "bytes", args, kwargs, PARAMETERS, 0);
            Object source = values[0];
            if (values[1] == PNone.NO_VALUE && values[2] == PNone.NO_VALUE) {
                if (source instanceof PBytes b && b.getUserClass() == null) {
                    return b;
                }
                PBytes converted = ByteSource.fromDunderBytesOrNull(this, source);
                if (converted != null) {
                    return converted;
                }
            }
            byte[] bytes = fromSource(this, "bytes", source, values[1], values[2]);
            return bytes.length == 0 ? PBytes.EMPTY : new PBytes(bytes);
        }
    }

    /**
     * What bytes_new_impl and bytearray___init___impl make of their (source, encoding, errors): an
     * encoded str, zeros for an int, a copy of a bytes-like, or the ints of an iterable. Fresh array.
     */
    @TruffleBoundary
    static byte[] fromSource(Node node, String typeName, Object source, Object encoding, Object errors) {
        if (encoding != PNone.NO_VALUE || errors != PNone.NO_VALUE) {
            String enc = encoding == PNone.NO_VALUE ? null : BuiltinArguments.string(node, typeName, "encoding", encoding);
            String err = errors == PNone.NO_VALUE ? "strict" : BuiltinArguments.string(node, typeName, "errors", errors);
            if (!(source instanceof String text)) {
                throw PRaiseNode.raise(node, TypeError, enc != null ? "encoding without a string argument" : "errors without a string argument");
            }
            if (enc == null) {
                throw PRaiseNode.raise(node, TypeError, "string argument without an encoding");
            }
            return TextCodecs.encode(node, text, enc, err);
        }
        if (source == PNone.NO_VALUE) {
            return new byte[0];
        } else if (source instanceof String) {
            throw PRaiseNode.raise(node, TypeError, "string argument without an encoding");
        } else if (source instanceof PBytes b) {
            return b.getBytes().clone();
        } else if (source instanceof PByteArray b) {
            return b.toByteArray();
        }
        // _PyBytes_FromBuffer: any exporter, its contents in C order
        byte[] contents = ByteSource.contentsOrNull(source);
        if (contents != null) {
            return contents;
        }
        Object size = PyNumberIndexNode.getUncached().executeOrNull(source);
        if (size != null) {
            if (!(size instanceof Long n)) {
                throw PRaiseNode.raise(node, OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            if (n < 0) {
                throw PRaiseNode.raise(node, ValueError, "negative count");
            }
            if (n > MAX_SIZE) {
                throw PRaiseNode.raiseNoArgs(node, MemoryError);
            }
            return new byte[(int) (long) n];
        }
        return fromIterableOfInts(node, typeName, source);
    }

    /** The ints of an iterable as bytes (_PyBytes_FromIterator); {@code typeName} words the errors. */
    @TruffleBoundary
    static byte[] fromIterableOfInts(Node node, String typeName, Object source) {
        if (typeName.equals("bytearray") && source instanceof PRange range && range.getLength() > 256) {
            // bytearray iterates without preallocating: a longer range reaches a value outside 0..255 first
            throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
        }
        Object[] items = IterableToArray.toArray(node, source,
                        String.format("cannot convert '%s' object to %s", GetClassNode.getUncached().execute(source).getName(), typeName));
        byte[] result = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            Object v = BuiltinArguments.index(node, items[i]);
            if (!(v instanceof Long l) || l < 0 || l > 255) {
                // bytes and bytearray word this one message differently
                throw PRaiseNode.raise(node, ValueError, "%s must be in range(0, 256)", typeName.equals("bytes") ? "bytes" : "byte");
            }
            result[i] = (byte) (long) l;
        }
        return result;
    }
}
