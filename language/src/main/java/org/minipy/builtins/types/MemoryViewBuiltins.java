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
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.memoryview.MemoryViewAssignSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewCastNode;
import org.minipy.nodes.memoryview.MemoryViewFromObjectNode;
import org.minipy.nodes.memoryview.MemoryViewSubscriptNode;
import org.minipy.nodes.memoryview.MemoryViewToListNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PMemoryView;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.BufferFlags;

import static org.minipy.runtime.PythonBuiltinClassType.BufferError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

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

    static PMemoryView unreleased(Node node, Object self, String method) {
        PMemoryView view = self(node, self, method);
        view.checkReleased(node);
        return view;
    }

    @TruffleBoundary
    private static PException wrongSelf(Node node, String method, Object self) {
        return PRaiseNode.raise(node, TypeError, "descriptor '%s' for 'memoryview' objects doesn't apply to a '%s' object", method,
                        GetClassNode.getUncached().execute(self).getName());
    }

    @TruffleBoundary
    private static PTuple intTuple(int[] values) {
        Object[] items = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = (long) values[i];
        }
        return new PTuple(items);
    }

    // memoryview_impl
    @Builtin(name = "__new__", parameters = {"cls", "object"}, positionalOnly = 1)
    @GenerateNodeFactory
    public abstract static class MemoryViewNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object create(@SuppressWarnings("unused") Object cls, Object object,
                        @Cached MemoryViewFromObjectNode fromObject) {
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
            return fromObject.execute(object, cInt(flags));
        }

        @TruffleBoundary
        private int cInt(Object value) {
            if (value instanceof Double) {
                throw PRaiseNode.raise(this, TypeError, "'float' object cannot be interpreted as an integer");
            }
            Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
            if (index == null) {
                throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
            }
            if (!(index instanceof Long l) || l != (int) (long) l) {
                throw PRaiseNode.raise(this, OverflowError, "Python int too large to convert to C int");
            }
            return (int) (long) l;
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
            return (long) length(this, self(this, self, "__len__"));
        }

        public static int length(Node node, PMemoryView view) {
            view.checkReleased(node);
            if (view.getDimensions() == 0) {
                throw PRaiseNode.raise(node, TypeError, "0-dim memory has no length");
            }
            return view.getShape()[0];
        }
    }

    @Builtin(name = "__getitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class GetItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object getitem(Object self, Object key, @Cached MemoryViewSubscriptNode subscript) {
            return subscript.execute(self(this, self, "__getitem__"), key);
        }
    }

    @Builtin(name = "__setitem__", parameters = {"self", "key", "value"})
    @GenerateNodeFactory
    public abstract static class SetItemNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object setitem(Object self, Object key, Object value, @Cached MemoryViewAssignSubscriptNode assign) {
            assign.execute(self(this, self, "__setitem__"), key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", parameters = {"self", "key"})
    @GenerateNodeFactory
    public abstract static class DelItemNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delitem(Object self, Object key, @Cached MemoryViewAssignSubscriptNode assign) {
            assign.execute(self(this, self, "__delitem__"), key, null);
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
            if (!(format instanceof String f)) {
                throw argumentNotStr(this, "cast", "format", format);
            }
            return cast.execute(view, f, shape);
        }
    }

    /** Argument Clinic's error for a str parameter given something else. */
    @TruffleBoundary
    static PException argumentNotStr(Node node, String function, String parameter, Object value) {
        return PRaiseNode.raise(node, TypeError, "%s() argument '%s' must be str, not %s", function, parameter,
                        GetClassNode.getUncached().execute(value).getName());
    }
}
