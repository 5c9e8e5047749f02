package org.minipy.builtins.types;

import java.util.Arrays;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
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
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.array.ReadArrayItemNode;
import org.minipy.nodes.array.WriteArrayItemNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PArrayIterator;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PSlice;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.buffer.FormatCode;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;
import org.minipy.runtime.formatting.StringRepr;

import static org.minipy.runtime.PythonBuiltinClassType.IndexError;
import static org.minipy.runtime.PythonBuiltinClassType.MemoryError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.RuntimeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.UnicodeDecodeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** The class {@code array.array} (Modules/arraymodule.c): construction, sequence protocol and methods. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.array)
public final class ArrayBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ArrayBuiltinsFactory.getFactories();
    }

    /** The receiver of a method called through the class ({@code array.array.append(x, 1)}) may be anything. */
    static PArray self(Node node, Object self, String method) {
        if (self instanceof PArray array) {
            return array;
        }
        throw DescriptorErrors.wrongSelf(node, method, "array.array", self);
    }

    /** The receiver of a special method: slot wrappers word their check differently (wrapperdescr_call). */
    static PArray slotSelf(Node node, Object self, String method) {
        if (self instanceof PArray array) {
            return array;
        }
        throw wrongSelf(node, "descriptor '%s' requires a 'array.array' object but received a '%s'", method, self);
    }

    // descr_check
    @TruffleBoundary
    private static PException wrongSelf(Node node, String format, String method, Object self) {
        return PRaiseNode.raise(node, TypeError, format, method, typeName(self));
    }

    @TruffleBoundary
    static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }

    /** How argument-parsing errors (converterr, _PyArg_BadArgument) name a value: None itself, else its type. */
    @TruffleBoundary
    static String argumentTypeName(Object value) {
        return value == PNone.NONE ? "None" : typeName(value);
    }

    /**
     * array_subscr's and array_ass_subscr's index: PyNumber_AsSsize_t(key, IndexError), made
     * non-negative and checked against the length.
     */
    static int itemIndex(Node node, PArray array, Object key, String outOfRange) {
        long i = key instanceof Long l ? l : subscriptIndex(node, key);
        if (i < 0) {
            i += array.length();
        }
        if (i < 0 || i >= array.length()) {
            throw PRaiseNode.raise(node, IndexError, outOfRange);
        }
        return (int) i;
    }

    @TruffleBoundary
    private static long subscriptIndex(Node node, Object key) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(key);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "array indices must be integers");
        } else if (index instanceof PInt) {
            throw PRaiseNode.raise(node, IndexError, "cannot fit '%s' into an index-sized integer", typeName(key));
        }
        return (Long) index;
    }

    /** The count of {@code array * n} (PySequence_Repeat's PyNumber_AsSsize_t), negative counts as 0. */
    @TruffleBoundary
    static int repeatCount(Node node, PArray array, Object count) {
        Object n = PyNumberIndexNode.getUncached().executeOrNull(count);
        if (n == null) {
            throw PRaiseNode.raise(node, TypeError, "can't multiply sequence by non-int of type '%s'", typeName(count));
        } else if (n instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "cannot fit '%s' into an index-sized integer", typeName(count));
        }
        long times = Math.max(0, (Long) n);
        if (array.length() == 0) {
            return 0;
        } else if (times > PArray.MAX_BYTES / array.byteLength()) {
            throw PRaiseNode.raiseNoArgs(node, MemoryError);
        }
        return (int) times;
    }

    /** Appends one item (ins1 at the end): an unconvertible value leaves the array as it was. */
    static void append(Node node, PArray array, Object value, WriteArrayItemNode write) {
        int n = array.length();
        if (array.hasExports()) {
            // the value's own error comes first, as ins1 checks it before array_resize
            write.validate(array.getFormat(), value);
            array.checkCanResize(node);
        }
        array.ensureCapacity(n + 1);
        write.executeItem(array, n, value);
        array.setLength(n + 1);
    }

    /** Appends the items of an array of the same typecode (array_do_extend); {@code other} may be the array itself. */
    @TruffleBoundary
    static void extendWithArray(Node node, PArray array, PArray other) {
        if (array.getFormat() != other.getFormat()) {
            throw PRaiseNode.raise(node, TypeError, "can only extend with array of same kind");
        }
        int n = array.length();
        int added = other.length();
        if (added == 0) {
            return;
        }
        array.checkCanResize(node);
        array.ensureCapacity(n + added);
        System.arraycopy(other.getBytes(), 0, array.getBytes(), array.byteLength(), added * array.getItemSize());
        array.setLength(n + added);
    }

    /** Replaces items [start, stop) by {@code count} items from {@code source}; the caller checked resizing. */
    private static void replaceItems(PArray array, int start, int stop, byte[] source, int count) {
        int size = array.getItemSize();
        int n = array.length();
        int newLength = n - (stop - start) + count;
        if (newLength > n) {
            array.ensureCapacity(newLength);
        }
        byte[] bytes = array.getBytes();
        if (count != stop - start) {
            System.arraycopy(bytes, stop * size, bytes, (start + count) * size, (n - stop) * size);
        }
        System.arraycopy(source, 0, bytes, start * size, count * size);
        array.setLength(newLength);
    }

    /** Deletes the items of a slice (array_del_slice, or the extended-slice branch of array_ass_subscr). */
    private static void deleteItems(Node node, PArray array, PSlice.SliceInfo slice) {
        array.checkCanResize(node);
        if (slice.length() == 0) {
            return;
        }
        int size = array.getItemSize();
        int n = array.length();
        int step = Math.abs(slice.step());
        int first = slice.step() > 0 ? slice.start() : slice.start() + slice.step() * (slice.length() - 1);
        byte[] bytes = array.getBytes();
        int kept = first;
        for (int i = 0; i < slice.length(); i++) {
            int from = first + i * step + 1;
            int to = i == slice.length() - 1 ? n : from + step - 1;
            System.arraycopy(bytes, from * size, bytes, kept * size, (to - from) * size);
            kept += to - from;
        }
        array.setLength(kept);
    }

    // array_slice(a, 0, len(a))
    @TruffleBoundary
    static PArray copyOf(PArray array) {
        return new PArray(array.getFormat(), array.toByteArray(), array.length());
    }

    // ----------------------------------------------------------------------------------------------
    // construction

    // array_new
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class NewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object construct(Object[] bound,
                        @Cached WriteArrayItemNode write) {
            Object[] args = ((PTuple) bound[1]).getItems();
            if (((PDict) bound[2]).size() != 0) {
                throw PRaiseNode.raise(this, TypeError, "array.array() takes no keyword arguments");
            }
            if (args.length == 0) {
                throw PRaiseNode.raise(this, TypeError, "array() takes at least 1 argument (0 given)");
            } else if (args.length > 2) {
                throw PRaiseNode.raise(this, TypeError, "array() takes at most 2 arguments (%d given)", args.length);
            }
            int typecode = typecode(this, args[0]);
            Object initial = args.length == 2 ? args[1] : null;
            return create(this, typecode, initial, write);
        }

        /** PyArg_ParseTuple's "C": a str of exactly one character. */
        @TruffleBoundary
        private static int typecode(Node node, Object arg) {
            if (!(arg instanceof String s)) {
                throw PRaiseNode.raise(node, TypeError, "array() argument 1 must be a unicode character, not %s", argumentTypeName(arg));
            }
            int length = s.codePointCount(0, s.length());
            if (length != 1) {
                throw PRaiseNode.raise(node, TypeError, "array() argument 1 must be a unicode character, not a string of length %d", length);
            }
            return s.codePointAt(0);
        }

        @TruffleBoundary
        private static PArray create(Node node, int typecode, Object initial, WriteArrayItemNode write) {
            boolean unicode = typecode == 'u' || typecode == 'w';
            if (initial != null && !unicode) {
                if (initial instanceof String) {
                    throw PRaiseNode.raise(node, TypeError, "cannot use a str to initialize an array with typecode '%c'", typecode);
                } else if (initial instanceof PArray a && a.getFormat().kind == FormatCode.Kind.UNICODE) {
                    throw PRaiseNode.raise(node, TypeError, "cannot use a unicode array to initialize an array with typecode '%c'", typecode);
                }
            }
            FormatCode format = PArray.formatOf(typecode);
            Object iterator = null;
            // like array_new, take the iterator of other initializers before looking at the typecode
            if (initial != null && !(initial instanceof PList || initial instanceof PTuple || initial instanceof PBytes || initial instanceof PByteArray ||
                            unicode && initial instanceof String || initial instanceof PArray a && a.getFormat() == format)) {
                iterator = PyObjectGetIterNode.getUncached().execute(initial);
            }
            if (format == null) {
                throw PRaiseNode.raise(node, ValueError, "bad typecode (must be b, B, u, w, h, H, i, I, l, L, q, Q, f or d)");
            }
            PArray array = new PArray(format);
            if (iterator != null) {
                extendFromIterator(node, array, iterator, PyIterNextNode.getUncached(), write);
            } else if (initial instanceof PList || initial instanceof PTuple) {
                Object[] items = initial instanceof PList list ? list.toArray() : ((PTuple) initial).getItems();
                array.ensureCapacity(items.length);
                for (int i = 0; i < items.length; i++) {
                    write.executeItem(array, i, items[i]);
                }
                array.setLength(items.length);
            } else if (initial instanceof PBytes || initial instanceof PByteArray) {
                fromBytes(node, array, initial);
            } else if (initial instanceof String s) {
                fromUnicode(node, array, s);
            } else if (initial instanceof PArray other) {
                array.setContents(other.toByteArray(), other.length());
            }
            return array;
        }
    }

    /** array_iter_extend: items stay appended up to the first one that fails. */
    static void extendFromIterator(Node node, PArray array, Object iterator, PyIterNextNode next, WriteArrayItemNode write) {
        for (Object v = next.execute(iterator); v != null; v = next.execute(iterator)) {
            append(node, array, v, write);
        }
    }

    /** frombytes: appends the machine values of a bytes-like object. */
    @TruffleBoundary
    static void fromBytes(Node node, PArray array, Object source) {
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        if (!buffers.isBuffer(source)) {
            throw PRaiseNode.raise(node, TypeError, "a bytes-like object is required, not '%s'", typeName(source));
        }
        PBuffer buffer = buffers.acquire(source, BufferFlags.SIMPLE);
        try {
            if (buffer.getItemSize() != 1) {
                throw PRaiseNode.raise(node, TypeError, "a bytes-like object is required");
            }
            int size = array.getItemSize();
            if (buffer.getLength() % size != 0) {
                throw PRaiseNode.raise(node, ValueError, "bytes length not a multiple of item size");
            }
            int added = buffer.getLength() / size;
            if (added > 0) {
                array.checkCanResize(node);
                int n = array.length();
                if (n == 0 && buffer.isCContiguous()) {
                    // filled in one pass: growing an empty storage zeroes it only to be overwritten
                    array.setContents(buffer.toByteArray(), added);
                    return;
                }
                array.ensureCapacity(n + added);
                if (buffer.isCContiguous()) {
                    buffer.readBytes(0, array.getBytes(), n * size, added * size);
                } else {
                    System.arraycopy(buffer.toByteArray(), 0, array.getBytes(), n * size, added * size);
                }
                array.setLength(n + added);
            }
        } finally {
            buffers.release(source, buffer);
        }
    }

    /** fromunicode for 'u' and 'w' (both 4-byte code points here). */
    @TruffleBoundary
    static void fromUnicode(Node node, PArray array, String s) {
        int[] codePoints = s.codePoints().toArray();
        if (codePoints.length == 0) {
            return;
        }
        array.checkCanResize(node);
        int n = array.length();
        array.ensureCapacity(n + codePoints.length);
        WriteArrayItemNode write = WriteArrayItemNode.getUncached();
        for (int i = 0; i < codePoints.length; i++) {
            write.executeItem(array, n + i, Character.toString(codePoints[i]));
        }
        array.setLength(n + codePoints.length);
    }

    // ----------------------------------------------------------------------------------------------
    // attributes

    @Builtin(name = "typecode", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class TypecodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object typecode(Object self) {
            return self(this, self, "typecode").getTypeCodeString();
        }
    }

    @Builtin(name = "itemsize", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ItemsizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object itemsize(Object self) {
            return (long) self(this, self, "itemsize").getItemSize();
        }
    }

    // ----------------------------------------------------------------------------------------------
    // sequence protocol

    @Builtin(name = "__len__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object len(Object self) {
            return (long) slotSelf(this, self, "__len__").length();
        }
    }

    // array_subscr
    @Builtin(name = "__getitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object getItem(Object self, Object key,
                        @Cached ReadArrayItemNode read) {
            PArray array = slotSelf(this, self, "__getitem__");
            if (key instanceof PSlice slice) {
                return getSlice(this, array, slice);
            }
            return read.execute(array, itemIndex(this, array, key, "array index out of range"));
        }

        @TruffleBoundary
        private static PArray getSlice(Node node, PArray array, PSlice slice) {
            PSlice.SliceInfo info = slice.indices(node, array.length());
            int size = array.getItemSize();
            if (info.step() == 1) {
                return new PArray(array.getFormat(), Arrays.copyOfRange(array.getBytes(), info.start() * size, (info.start() + info.length()) * size),
                                info.length());
            }
            byte[] result = new byte[info.length() * size];
            for (int i = 0, j = info.start(); i < info.length(); i++, j += info.step()) {
                System.arraycopy(array.getBytes(), j * size, result, i * size, size);
            }
            return new PArray(array.getFormat(), result, info.length());
        }
    }

    // array_ass_subscr
    @Builtin(name = "__setitem__", parameters = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object setItem(Object self, Object key, Object value,
                        @Cached WriteArrayItemNode write) {
            PArray array = slotSelf(this, self, "__setitem__");
            if (key instanceof PSlice slice) {
                setSlice(this, array, slice, value);
            } else {
                write.executeItem(array, itemIndex(this, array, key, "array assignment index out of range"), value);
            }
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void setSlice(Node node, PArray array, PSlice slice, Object value) {
            PSlice.SliceInfo info = slice.indices(node, array.length());
            if (!(value instanceof PArray source)) {
                throw PRaiseNode.raise(node, TypeError, "can only assign array (not \"%s\") to array slice", typeName(value));
            }
            PArray other = source == array ? copyOf(array) : source;
            if (other.getFormat() != array.getFormat()) {
                throw badArgument(node);
            }
            int needed = other.length();
            // checked before anything moves (issue #4509), even for an empty slice replaced by nothing
            if (needed == 0 || info.length() != needed) {
                array.checkCanResize(node);
            }
            if (info.step() == 1) {
                replaceItems(array, info.start(), info.start() + info.length(), other.getBytes(), needed);
            } else if (needed == 0) {
                deleteItems(node, array, info);
            } else {
                if (needed != info.length()) {
                    throw PRaiseNode.raise(node, ValueError, "attempt to assign array of size %d to extended slice of size %d", needed, info.length());
                }
                int size = array.getItemSize();
                for (int i = 0, j = info.start(); i < needed; i++, j += info.step()) {
                    System.arraycopy(other.getBytes(), i * size, array.getBytes(), j * size, size);
                }
            }
        }
    }

    /** PyErr_BadArgument: arrays of different typecodes in +, slice assignment. */
    static PException badArgument(Node node) {
        return PRaiseNode.raise(node, TypeError, "bad argument type for built-in operation");
    }

    @Builtin(name = "__delitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delItem(Object self, Object key) {
            PArray array = slotSelf(this, self, "__delitem__");
            PSlice.SliceInfo info;
            if (key instanceof PSlice slice) {
                info = slice.indices(this, array.length());
            } else {
                int i = itemIndex(this, array, key, "array assignment index out of range");
                info = new PSlice.SliceInfo(i, i + 1, 1, 1);
            }
            deleteItems(this, array, info);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            return new PArrayIterator(slotSelf(this, self, "__iter__"));
        }
    }

    /** The first index in [start, stop) whose item equals {@code value} (PyObject_RichCompareBool), or -1. */
    @TruffleBoundary
    static int find(Node node, PArray array, Object value, int start, int stop) {
        ReadArrayItemNode read = ReadArrayItemNode.getUncached();
        // the length is read again each time: __eq__ may change the array
        for (int i = start; i < stop && i < array.length(); i++) {
            if (RichCompare.eq(node, read.execute(array, i), value)) {
                return i;
            }
        }
        return -1;
    }

    @Builtin(name = "__contains__", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class ContainsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object contains(Object self, Object value) {
            return find(this, slotSelf(this, self, "__contains__"), value, 0, Integer.MAX_VALUE) >= 0;
        }
    }

    // array_richcompare
    @TruffleBoundary
    static Object compare(Node node, CompareOp op, Object self, Object other) {
        PArray a = slotSelf(node, self, op.slot.getName());
        if (!(other instanceof PArray b)) {
            return PNotImplemented.INSTANCE;
        }
        if (a.length() != b.length() && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return op == CompareOp.NE;
        }
        int common = Math.min(a.length(), b.length());
        ReadArrayItemNode read = ReadArrayItemNode.getUncached();
        int k;
        if (a.getFormat() == b.getFormat() && a.getFormat().kind != FormatCode.Kind.FLOAT) {
            // equal machine values are equal items, except for floats (nan, -0.0)
            int size = a.getItemSize();
            int mismatch = Arrays.mismatch(a.getBytes(), 0, common * size, b.getBytes(), 0, common * size);
            k = mismatch < 0 ? common : mismatch / size;
        } else {
            k = 0;
            while (k < common && RichCompare.eq(node, read.execute(a, k), read.execute(b, k))) {
                k++;
            }
        }
        if (k == common) {
            return op.test(Integer.compare(a.length(), b.length()));
        } else if (op == CompareOp.EQ || op == CompareOp.NE) {
            return op == CompareOp.NE;
        }
        return RichCompare.compare(node, op, read.execute(a, k), read.execute(b, k));
    }

    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object eq(Object self, Object other) {
            return compare(this, CompareOp.EQ, self, other);
        }
    }

    @Builtin(name = "__ne__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object ne(Object self, Object other) {
            return compare(this, CompareOp.NE, self, other);
        }
    }

    @Builtin(name = "__lt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lt(Object self, Object other) {
            return compare(this, CompareOp.LT, self, other);
        }
    }

    @Builtin(name = "__le__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object le(Object self, Object other) {
            return compare(this, CompareOp.LE, self, other);
        }
    }

    @Builtin(name = "__gt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object gt(Object self, Object other) {
            return compare(this, CompareOp.GT, self, other);
        }
    }

    @Builtin(name = "__ge__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object ge(Object self, Object other) {
            return compare(this, CompareOp.GE, self, other);
        }
    }

    // array_concat
    @Builtin(name = "__add__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class AddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object add(Object self, Object other) {
            return concat(this, slotSelf(this, self, "__add__"), other);
        }

        @TruffleBoundary
        private static PArray concat(Node node, PArray array, Object other) {
            if (!(other instanceof PArray b)) {
                throw PRaiseNode.raise(node, TypeError, "can only append array (not \"%s\") to array", typeName(other));
            } else if (array.getFormat() != b.getFormat()) {
                throw badArgument(node);
            }
            if ((long) array.byteLength() + b.byteLength() > PArray.MAX_BYTES) {
                throw PRaiseNode.raiseNoArgs(node, MemoryError);
            }
            byte[] result = Arrays.copyOf(array.getBytes(), array.byteLength() + b.byteLength());
            System.arraycopy(b.getBytes(), 0, result, array.byteLength(), b.byteLength());
            return new PArray(array.getFormat(), result, array.length() + b.length());
        }
    }

    // array_inplace_concat
    @Builtin(name = "__iadd__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class IAddNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object iadd(Object self, Object other) {
            PArray array = slotSelf(this, self, "__iadd__");
            if (!(other instanceof PArray b)) {
                throw PRaiseNode.raise(this, TypeError, "can only extend array with array (not \"%s\")", typeName(other));
            }
            extendWithArray(this, array, b);
            return array;
        }
    }

    /** The items of {@code array} repeated {@code times} times (_PyBytes_Repeat over the machine values). */
    @TruffleBoundary
    static byte[] repeat(PArray array, int times) {
        int n = array.byteLength();
        byte[] result = new byte[n * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(array.getBytes(), 0, result, i * n, n);
        }
        return result;
    }

    // array_repeat
    @Builtin(name = "__mul__", parameters = {"self", "count"})
    @GenerateNodeFactory
    public abstract static class MulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object mul(Object self, Object count) {
            PArray array = slotSelf(this, self, "__mul__");
            int times = repeatCount(this, array, count);
            return new PArray(array.getFormat(), repeat(array, times), array.length() * times);
        }
    }

    @Builtin(name = "__rmul__", parameters = {"self", "count"})
    @GenerateNodeFactory
    public abstract static class RMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object rmul(Object self, Object count) {
            PArray array = slotSelf(this, self, "__rmul__");
            int times = repeatCount(this, array, count);
            return new PArray(array.getFormat(), repeat(array, times), array.length() * times);
        }
    }

    // array_inplace_repeat
    @Builtin(name = "__imul__", parameters = {"self", "count"})
    @GenerateNodeFactory
    public abstract static class IMulNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object imul(Object self, Object count) {
            PArray array = slotSelf(this, self, "__imul__");
            int times = repeatCount(this, array, count);
            if (array.length() > 0 && times != 1) {
                array.checkCanResize(this);
                array.setContents(repeat(array, times), array.length() * times);
            }
            return array;
        }
    }

    // array_repr
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object repr(Object self) {
            return repr(this, slotSelf(this, self, "__repr__"));
        }

        @TruffleBoundary
        private static String repr(Node node, PArray array) {
            char typecode = array.getTypeCode();
            if (array.length() == 0) {
                return "array('" + typecode + "')";
            }
            String items = array.getFormat().kind == FormatCode.Kind.UNICODE ? StringRepr.repr(toUnicode(node, array))
                            : PyObjectReprNode.getUncached().execute(toList(array));
            return "array('" + typecode + "', " + items + ")";
        }
    }

    // ----------------------------------------------------------------------------------------------
    // methods

    @Builtin(name = "append", parameters = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class AppendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object append(Object self, Object value,
                        @Cached WriteArrayItemNode write) {
            ArrayBuiltins.append(this, self(this, self, "append"), value, write);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", parameters = {"self", "bb"})
    @GenerateNodeFactory
    public abstract static class ExtendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object extend(Object self, Object iterable,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached WriteArrayItemNode write) {
            PArray array = self(this, self, "extend");
            if (iterable instanceof PArray other) {
                extendWithArray(this, array, other);
            } else {
                extendFromIterator(this, array, getIter.execute(iterable), next, write);
            }
            return PNone.NONE;
        }
    }

    // ins1
    @Builtin(name = "insert", parameters = {"self", "i", "v"})
    @GenerateNodeFactory
    public abstract static class InsertNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object insert(Object self, Object index, Object value,
                        @Cached WriteArrayItemNode write) {
            PArray array = self(this, self, "insert");
            long where = ListBuiltins.asSize(this, index);
            byte[] item = new byte[array.getItemSize()];
            write.execute(array.getFormat(), item, 0, value);
            array.checkCanResize(this);
            int n = array.length();
            if (where < 0) {
                where = Math.max(0, where + n);
            }
            int i = (int) Math.min(where, n);
            replaceItems(array, i, i, item, 1);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", parameters = {"self", "i"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class PopNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object pop(Object self, Object index,
                        @Cached ReadArrayItemNode read) {
            PArray array = self(this, self, "pop");
            long i = index == PNone.NO_VALUE ? -1 : ListBuiltins.asSize(this, index);
            int n = array.length();
            if (n == 0) {
                throw PRaiseNode.raise(this, IndexError, "pop from empty array");
            }
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PRaiseNode.raise(this, IndexError, "pop index out of range");
            }
            Object value = read.execute(array, (int) i);
            deleteItems(this, array, new PSlice.SliceInfo((int) i, (int) i + 1, 1, 1));
            return value;
        }
    }

    @Builtin(name = "remove", parameters = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class RemoveNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object remove(Object self, Object value) {
            PArray array = self(this, self, "remove");
            int i = find(this, array, value, 0, Integer.MAX_VALUE);
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "array.remove(x): x not in array");
            }
            deleteItems(this, array, new PSlice.SliceInfo(i, i + 1, 1, 1));
            return PNone.NONE;
        }
    }

    @Builtin(name = "index", parameters = {"self", "v", "start", "stop"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object index(Object self, Object value, Object startArg, Object stopArg) {
            PArray array = self(this, self, "index");
            int n = array.length();
            int i = find(this, array, value, ListBuiltins.searchBound(this, startArg, n, 0), ListBuiltins.searchBound(this, stopArg, n, n));
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "array.index(x): x not in array");
            }
            return (long) i;
        }
    }

    @Builtin(name = "count", parameters = {"self", "v"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object count(Object self, Object value) {
            return count(this, self(this, self, "count"), value);
        }

        @TruffleBoundary
        private static long count(Node node, PArray array, Object value) {
            ReadArrayItemNode read = ReadArrayItemNode.getUncached();
            long count = 0;
            for (int i = 0; i < array.length(); i++) {
                if (RichCompare.eq(node, read.execute(array, i), value)) {
                    count++;
                }
            }
            return count;
        }
    }

    @Builtin(name = "reverse", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReverseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object reverse(Object self) {
            reverse(self(this, self, "reverse"));
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void reverse(PArray array) {
            int size = array.getItemSize();
            byte[] bytes = array.getBytes();
            byte[] tmp = new byte[size];
            for (int p = 0, q = array.length() - 1; p < q; p++, q--) {
                System.arraycopy(bytes, p * size, tmp, 0, size);
                System.arraycopy(bytes, q * size, bytes, p * size, size);
                System.arraycopy(tmp, 0, bytes, q * size, size);
            }
        }
    }

    @Builtin(name = "byteswap", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ByteswapNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object byteswap(Object self) {
            byteswap(this, self(this, self, "byteswap"));
            return PNone.NONE;
        }

        @TruffleBoundary
        private static void byteswap(Node node, PArray array) {
            int size = array.getItemSize();
            if (size != 1 && size != 2 && size != 4 && size != 8) {
                throw PRaiseNode.raise(node, RuntimeError, "don't know how to byteswap this array type");
            }
            byte[] bytes = array.getBytes();
            for (int start = 0; start < array.byteLength(); start += size) {
                for (int p = start, q = start + size - 1; p < q; p++, q--) {
                    byte b = bytes[p];
                    bytes[p] = bytes[q];
                    bytes[q] = b;
                }
            }
        }
    }

    @Builtin(name = "buffer_info", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class BufferInfoNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object bufferInfo(Object self) {
            return bufferInfo(self(this, self, "buffer_info"));
        }

        /** The address is the storage's identity: like CPython's pointer it changes when the storage moves. */
        @TruffleBoundary
        private static PTuple bufferInfo(PArray array) {
            return new PTuple(new Object[]{(long) System.identityHashCode(array.getBytes()), (long) array.length()});
        }
    }

    @Builtin(name = "clear", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ClearNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object clear(Object self) {
            PArray array = self(this, self, "clear");
            if (array.length() != 0) {
                array.checkCanResize(this);
                array.setContents(new byte[0], 0);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__copy__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CopyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object copyArray(Object self) {
            return copyOf(self(this, self, "__copy__"));
        }
    }

    @Builtin(name = "__deepcopy__", parameters = {"self", "unused"})
    @GenerateNodeFactory
    public abstract static class DeepCopyNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object deepCopy(Object self, @SuppressWarnings("unused") Object memo) {
            return copyOf(self(this, self, "__deepcopy__"));
        }
    }

    @Builtin(name = "frombytes", parameters = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class FromBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object frombytes(Object self, Object source) {
            fromBytes(this, self(this, self, "frombytes"), source);
            return PNone.NONE;
        }
    }

    @Builtin(name = "tobytes", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object tobytes(Object self) {
            return new PBytes(self(this, self, "tobytes").toByteArray());
        }
    }

    @Builtin(name = "fromlist", parameters = {"self", "list"})
    @GenerateNodeFactory
    public abstract static class FromListNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object fromlist(Object self, Object listArg,
                        @Cached WriteArrayItemNode write) {
            PArray array = self(this, self, "fromlist");
            if (!(listArg instanceof PList list)) {
                throw PRaiseNode.raise(this, TypeError, "arg must be list");
            }
            int n = array.length();
            int added = list.size();
            if (added > 0) {
                array.checkCanResize(this);
                array.ensureCapacity(n + added);
                // into the spare capacity first: a bad item leaves the array unchanged
                for (int i = 0; i < added; i++) {
                    write.executeItem(array, n + i, list.get(i));
                }
                array.setLength(n + added);
            }
            return PNone.NONE;
        }
    }

    @TruffleBoundary
    static PList toList(PArray array) {
        ReadArrayItemNode read = ReadArrayItemNode.getUncached();
        Object[] items = new Object[array.length()];
        for (int i = 0; i < items.length; i++) {
            items[i] = read.execute(array, i);
        }
        return new PList(items);
    }

    @Builtin(name = "tolist", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object tolist(Object self) {
            return toList(self(this, self, "tolist"));
        }
    }

    @Builtin(name = "fromunicode", parameters = {"self", "ustr"})
    @GenerateNodeFactory
    public abstract static class FromUnicodeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object fromunicode(Object self, Object ustr) {
            PArray array = self(this, self, "fromunicode");
            if (!(ustr instanceof String s)) {
                throw PRaiseNode.raise(this, TypeError, "fromunicode() argument must be str, not %s", argumentTypeName(ustr));
            } else if (array.getFormat().kind != FormatCode.Kind.UNICODE) {
                throw PRaiseNode.raise(this, ValueError, "fromunicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            fromUnicode(this, array, s);
            return PNone.NONE;
        }
    }

    /**
     * The characters of a 'u' or 'w' array (PyUnicode_FromWideChar, PyUnicode_DecodeUTF32), which
     * refuse what is not a code point.
     */
    @TruffleBoundary
    static String toUnicode(Node node, PArray array) {
        StringBuilder sb = new StringBuilder(array.length());
        for (int i = 0; i < array.length(); i++) {
            int c = array.getCodeUnit(i);
            if (array.getFormat() == FormatCode.WCHAR) {
                if (c < 0 || c > Character.MAX_CODE_POINT) {
                    throw PRaiseNode.raise(node, ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c);
                }
            } else if (c < 0 || c > Character.MAX_CODE_POINT) {
                throw PRaiseNode.raise(node, UnicodeDecodeError,
                                "'utf-32-%s' codec can't decode bytes in position %d-%d: code point not in range(0x110000)",
                                PArray.BIG_ENDIAN ? "be" : "le", i * 4, i * 4 + 3);
            } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                throw PRaiseNode.raise(node, UnicodeDecodeError,
                                "'utf-32-%s' codec can't decode bytes in position %d-%d: code point in surrogate code point range(0xd800, 0xe000)",
                                PArray.BIG_ENDIAN ? "be" : "le", i * 4, i * 4 + 3);
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    @Builtin(name = "tounicode", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ToUnicodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object tounicode(Object self) {
            PArray array = self(this, self, "tounicode");
            if (array.getFormat().kind != FormatCode.Kind.UNICODE) {
                throw PRaiseNode.raise(this, ValueError, "tounicode() may only be called on unicode type arrays ('u' or 'w')");
            }
            return toUnicode(this, array);
        }
    }
}
