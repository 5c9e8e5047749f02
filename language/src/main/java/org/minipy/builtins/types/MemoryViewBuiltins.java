package org.minipy.builtins.types;

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
import org.minipy.nodes.memoryview.MemoryViewAssignSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewCastNode;
import org.minipy.nodes.memoryview.MemoryViewFromObjectNode;
import org.minipy.nodes.memoryview.MemoryViewHash;
import org.minipy.nodes.memoryview.MemoryViewRichCompareNode;
import org.minipy.nodes.memoryview.MemoryViewSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewToListNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.ObjectRepr;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenericAlias;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PMemoryViewIterator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.BufferFlags;
import org.minipy.runtime.formatting.StrHex;

import static org.minipy.runtime.PythonBuiltinClassType.BufferError;
import static org.minipy.runtime.PythonBuiltinClassType.NotImplementedError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * The methods and attributes of {@code memoryview} (Objects/memoryobject.c). The work of the larger
 * ones is in the nodes of {@code org.minipy.nodes.memoryview}, named after CPython's functions.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.memoryview)
public final class MemoryViewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return MemoryViewBuiltinsFactory.getFactories();
    }

    /**
     * The receiver of a method called through the class ({@code memoryview.tolist(x)}) may be anything;
     * CHECK_RELEASED follows for all but release and the dunders that allow released views.
     */
    static PMemoryView self(Node node, Object self, String method) {
        if (self instanceof PMemoryView view) {
            return view;
        }
        throw wrongSelf(node, method, self);
    }

    /** The receiver of a slot wrapper ({@code memoryview.__len__(x)}), whose error CPython words differently. */
    static PMemoryView slotSelf(Node node, Object self, String slot) {
        if (self instanceof PMemoryView view) {
            return view;
        }
        throw wrongSlotSelf(node, slot, self);
    }

    @TruffleBoundary
    private static PException wrongSlotSelf(Node node, String slot, Object self) {
        return PRaiseNode.raise(node, TypeError, "descriptor '%s' requires a 'memoryview' object but received a '%s'", slot,
                        GetClassNode.getUncached().execute(self).getName());
    }

    static PMemoryView unreleased(Node node, Object self, String method) {
        PMemoryView view = self(node, self, method);
        view.checkReleased(node);
        return view;
    }

    @TruffleBoundary
    private static PException wrongSelf(Node node, String method, Object self) {
        return DescriptorErrors.wrongSelf(node, method, "memoryview", self);
    }

    @TruffleBoundary
    private static PTuple intTuple(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return new PTuple(items);
    }

    @TruffleBoundary
    private static PTuple intTuple(long[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = values[i];
        }
        return new PTuple(items);
    }

    // memoryview_impl
    @Builtin(name = "__new__", parameters = {"cls", "object"}, positionalOnly = 1)
    @GenerateNodeFactory
    public abstract static class MemoryViewNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object create(Object cls, Object object, @Cached MemoryViewFromObjectNode fromObject) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.memoryview, cls);
            return fromObject.execute(object, BufferFlags.FULL_RO);
        }
    }

    // memoryview__from_flags_impl
    @Builtin(name = "_from_flags", parameters = {"cls", "object", "flags"}, positionalOnly = 1, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromFlagsNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object object, Object flags,
                        @Cached MemoryViewFromObjectNode fromObject) {
            return fromObject.execute(object, BuiltinArguments.cInt(this, flags));
        }
    }

    // ---- getters (memory_getsetlist)

    @Builtin(name = "obj", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ObjNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return unreleased(this, self, "obj").getExporter();
        }
    }

    @Builtin(name = "nbytes", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NBytesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return (long) unreleased(this, self, "nbytes").getLength();
        }
    }

    @Builtin(name = "readonly", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ReadonlyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return unreleased(this, self, "readonly").isReadonly();
        }
    }

    @Builtin(name = "itemsize", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ItemSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return (long) unreleased(this, self, "itemsize").getItemSize();
        }
    }

    @Builtin(name = "format", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return unreleased(this, self, "format").getFormat();
        }
    }

    @Builtin(name = "ndim", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NDimNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return (long) unreleased(this, self, "ndim").getDimensions();
        }
    }

    @Builtin(name = "shape", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ShapeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return intTuple(unreleased(this, self, "shape").getShape());
        }
    }

    @Builtin(name = "strides", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class StridesNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return intTuple(unreleased(this, self, "strides").getStrides());
        }
    }

    /** No exporter in minipy has PIL-style suboffsets, so this is always the empty tuple. */
    @Builtin(name = "suboffsets", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SubOffsetsNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            unreleased(this, self, "suboffsets");
            return PTuple.EMPTY;
        }
    }

    @Builtin(name = "c_contiguous", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CContiguousNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return unreleased(this, self, "c_contiguous").isCContiguous();
        }
    }

    @Builtin(name = "f_contiguous", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FContiguousNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            return unreleased(this, self, "f_contiguous").isFContiguous();
        }
    }

    @Builtin(name = "contiguous", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ContiguousNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(Object self) {
            PMemoryView view = unreleased(this, self, "contiguous");
            return view.isCContiguous() || view.isFContiguous();
        }
    }

    // ---- methods

    @Builtin(name = "tolist", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ToListNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object tolist(Object self, @Cached MemoryViewToListNode toList) {
            return toList.execute(self(this, self, "tolist"));
        }
    }

    @Builtin(name = "toreadonly", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ToReadonlyNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object toreadonly(Object self) {
            // a new view even of a readonly one, so that each can be released on its own
            return unreleased(this, self, "toreadonly").newView(true);
        }
    }

    // memoryview_release_impl
    @Builtin(name = "release", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReleaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object release(Object self) {
            release(this, self(this, self, "release"));
            return PNone.NONE;
        }

        static void release(Node node, PMemoryView view) {
            if (!view.releaseView()) {
                throw stillExported(node, view.getExports());
            }
        }

        @TruffleBoundary
        private static PException stillExported(Node node, int exports) {
            return PRaiseNode.raise(node, BufferError, "memoryview has %d exported buffer%s", exports, exports == 1 ? "" : "s");
        }
    }

    // memory_enter
    @Builtin(name = "__enter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class EnterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object enter(Object self) {
            return unreleased(this, self, "__enter__");
        }
    }

    // memory_exit
    @Builtin(name = "__exit__", parameters = {"self"}, varArgs = "exc_info")
    @GenerateNodeFactory
    public abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object exit(Object[] bound) {
            ReleaseNode.release(this, self(this, bound[0], "__exit__"));
            return PNone.NONE;
        }
    }

    // memory_length
    @Builtin(name = "__len__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object len(Object self) {
            return (long) slotSelf(this, self, "__len__").length(this);
        }
    }

    // memory_repr
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        String repr(Object self) {
            PMemoryView view = slotSelf(this, self, "__repr__");
            return (view.isReleased() ? "<released memory at " : "<memory at ") + ObjectRepr.address(view) + ">";
        }
    }

    @Builtin(name = "__getitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object getitem(Object self, Object key, @Cached MemoryViewSubscriptNode subscript) {
            return subscript.execute(slotSelf(this, self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__setitem__", parameters = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object setitem(Object self, Object key, Object value, @Cached MemoryViewAssignSubscriptNode assign) {
            assign.execute(slotSelf(this, self, "__setitem__"), key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delitem(Object self, Object key, @Cached MemoryViewAssignSubscriptNode assign) {
            assign.execute(slotSelf(this, self, "__delitem__"), key, null);
            return PNone.NONE;
        }
    }

    // memoryview_cast_impl
    @Builtin(name = "cast", parameters = {"self", "format", "shape"}, positionalOnly = 1, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class CastNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object cast(Object self, Object format, Object shape, @Cached MemoryViewCastNode cast) {
            PMemoryView view = self(this, self, "cast");
            return cast.execute(view, BuiltinArguments.string(this, "cast", "format", format), shape);
        }
    }

    // memory_iter
    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object iter(Object self) {
            return iterator(this, slotSelf(this, self, "__iter__"));
        }

        public static PMemoryViewIterator iterator(Node node, PMemoryView view) {
            // memory_iter looks at the shape and format, which a released view keeps, before the release
            if (view.getDimensions() == 0) {
                throw PRaiseNode.raise(node, TypeError, "invalid indexing of 0-dim memory");
            }
            if (view.getDimensions() != 1) {
                throw PRaiseNode.raise(node, NotImplementedError, "multi-dimensional sub-views are not implemented");
            }
            view.checkSingleCharFormat(node);
            view.checkReleased(node);
            return new PMemoryViewIterator(view);
        }
    }

    // memory_richcompare
    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class EqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object eq(Object self, Object other, @Cached MemoryViewRichCompareNode compare) {
            return compare.execute(slotSelf(this, self, "__eq__"), other);
        }
    }

    @Builtin(name = "__ne__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class NeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object ne(Object self, Object other, @Cached MemoryViewRichCompareNode compare) {
            Object equal = compare.execute(slotSelf(this, self, "__ne__"), other);
            return equal instanceof Boolean b ? !b : equal;
        }
    }

    // memory_hash
    @Builtin(name = "__hash__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object hash(Object self) {
            return MemoryViewHash.hash(this, slotSelf(this, self, "__hash__"));
        }
    }

    // memoryview_tobytes_impl
    @Builtin(name = "tobytes", parameters = {"self", "order"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class ToBytesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object tobytes(Object self, Object order) {
            PMemoryView view = self(this, self, "tobytes");
            if (order != PNone.NO_VALUE && order != PNone.NONE && !(order instanceof String)) {
                throw PRaiseNode.raise(this, TypeError, "tobytes() argument 'order' must be str or None, not %s", GetClassNode.getUncached().execute(order).getName());
            }
            view.checkReleased(this);
            char c = 'C';
            if (order instanceof String o) {
                if (o.equals("F") || o.equals("A")) {
                    c = o.charAt(0);
                } else if (!o.equals("C")) {
                    throw PRaiseNode.raise(this, ValueError, "order must be 'C', 'F' or 'A'");
                }
            }
            return new PBytes(view.asBuffer().toByteArray(c));
        }
    }

    // memoryview_hex_impl
    @Builtin(name = "hex", parameters = {"self", "sep", "bytes_per_sep"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object hex(Object self, Object sep, Object bytesPerSep) {
            PMemoryView view = self(this, self, "hex");
            int perSep = bytesPerSep == PNone.NO_VALUE ? 1 : BuiltinArguments.cInt(this, bytesPerSep);
            view.checkReleased(this);
            if (view.isCContiguous() && !view.isForeign()) {
                return StrHex.hex(this, view.getData(), view.getOffset(), view.getLength(), sep, perSep);
            }
            byte[] bytes = view.asBuffer().toByteArray();
            return StrHex.hex(this, bytes, 0, bytes.length, sep, perSep);
        }
    }

    // memoryview_count_impl
    @Builtin(name = "count", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object value) {
            PMemoryViewIterator it = IterNode.iterator(this, self(this, self, "count"));
            long count = 0;
            for (Object item = it.next(); item != null; item = it.next()) {
                if (RichCompare.eq(this, item, value)) {
                    count++;
                }
            }
            return count;
        }
    }

    // memoryview_index_impl
    @Builtin(name = "index", parameters = {"self", "value", "start", "stop"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object index(Object self, Object value, Object startArg, Object stopArg) {
            PMemoryView view = self(this, self, "index");
            long start = startArg == PNone.NO_VALUE ? 0 : sliceIndex(startArg);
            long stop = stopArg == PNone.NO_VALUE ? Long.MAX_VALUE : sliceIndex(stopArg);
            view.checkReleased(this);
            if (view.getDimensions() == 0) {
                throw PRaiseNode.raise(this, TypeError, "invalid lookup on 0-dim memory");
            }
            if (view.getDimensions() != 1) {
                throw PRaiseNode.raise(this, NotImplementedError, "multi-dimensional lookup is not implemented");
            }
            int n = view.getShape()[0];
            if (start < 0) {
                start = Math.max(start + n, 0);
            }
            if (stop < 0) {
                stop = Math.max(stop + n, 0);
            }
            stop = Math.min(stop, n);
            start = Math.min(start, stop);
            MemoryViewSubscriptNode item = MemoryViewSubscriptNode.getUncached();
            for (long i = start; i < stop; i++) {
                if (RichCompare.eq(this, item.execute(view, i), value)) {
                    return i;
                }
            }
            throw PRaiseNode.raise(this, ValueError, "memoryview.index(x): x not found");
        }

        /** _PyEval_SliceIndexNotNone: any index, huge ones clamped. */
        private long sliceIndex(Object value) {
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "slice indices must be integers or have an __index__ method");
            }
            if (index instanceof PInt big) {
                return big.getValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
            }
            return (Long) index;
        }
    }

    /** {@code memoryview[int]} (3.14): a generic alias. */
    @Builtin(name = "__class_getitem__", parameters = {"cls", "item"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class ClassGetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object classGetItem(Object cls, Object item) {
            return new PGenericAlias(cls, item);
        }
    }

    /** memory_richcompare answers NotImplemented for the orderings, so that {@code <} raises TypeError. */
    static Object ordering(Node node, Object self, String slot) {
        slotSelf(node, self, slot);
        return PNotImplemented.INSTANCE;
    }

    @Builtin(name = "__lt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lt(Object self, @SuppressWarnings("unused") Object other) {
            return ordering(this, self, "__lt__");
        }
    }

    @Builtin(name = "__le__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class LeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object le(Object self, @SuppressWarnings("unused") Object other) {
            return ordering(this, self, "__le__");
        }
    }

    @Builtin(name = "__gt__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GtNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object gt(Object self, @SuppressWarnings("unused") Object other) {
            return ordering(this, self, "__gt__");
        }
    }

    @Builtin(name = "__ge__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class GeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object ge(Object self, @SuppressWarnings("unused") Object other) {
            return ordering(this, self, "__ge__");
        }
    }
}
