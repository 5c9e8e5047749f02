package org.minipy.builtins.types;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

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
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.buffer.StructCache;
import org.minipy.nodes.buffer.StructLayoutNode;
import org.minipy.nodes.buffer.StructPackNode;
import org.minipy.nodes.buffer.StructUnpackNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PStruct;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.StructLayout;

/** Methods of {@code struct.Struct} (PyStructType of Modules/_struct.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.Struct)
public final class StructBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StructBuiltinsFactory.getFactories();
    }

    /** The receiver of a method called through the class, e.g. {@code Struct.pack(1)}, must be a Struct. */
    static PStruct asStruct(Node node, Object self, String method) {
        if (self instanceof PStruct s) {
            return s;
        }
        throw descriptorError(node, self, method);
    }

    @TruffleBoundary
    private static RuntimeException descriptorError(Node node, Object self, String method) {
        return DescriptorErrors.wrongSelf(node, method, "_struct.Struct", self);
    }

    /**
     * Struct___init__'s argument clinic and conversion: one argument, which may be passed as
     * {@code format=}, and only str and bytes are formats. {@code bound} is {@code self or cls, format,
     * *args, **kwargs}.
     */
    static StructLayout layoutOf(Node node, Object[] bound, StructLayoutNode layout) {
        Object format = bound[1];
        int given = (format == PNone.NO_VALUE ? 0 : 1) + ((PTuple) bound[2]).size() + ((PDict) bound[3]).size();
        if (given > 1) {
            throw PRaiseNode.raise(node, TypeError, "Struct() takes at most 1 argument (%d given)", given);
        }
        if (format == PNone.NO_VALUE) {
            throw PRaiseNode.raise(node, TypeError, "Struct() missing required argument 'format' (pos 1)");
        }
        if (!(format instanceof String || format instanceof PBytes)) {
            throw StructCache.notStrOrBytes(node, format);
        }
        return layout.execute(format);
    }

    @Builtin(name = "__new__", parameters = {"cls", "format"}, positionalOnly = 1, minArgs = 1, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class StructNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound, @Cached StructLayoutNode layout) {
            return new PStruct(layoutOf(this, bound, layout));
        }
    }

    @Builtin(name = "__init__", parameters = {"self", "format"}, positionalOnly = 1, minArgs = 1, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class StructInitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object init(Object[] bound, @Cached StructLayoutNode layout) {
            PStruct struct = asStruct(this, bound[0], "__init__");
            struct.setLayout(layoutOf(this, bound, layout));
            return PNone.NONE;
        }
    }

    @Builtin(name = "format", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object format(Object self) {
            return asStruct(this, self, "format").getLayout().getFormat();
        }
    }

    @Builtin(name = "size", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object size(Object self) {
            return asStruct(this, self, "size").getLayout().getSize();
        }
    }

    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object repr(Object self, @Cached PyObjectReprNode repr) {
            return concat("Struct(", repr.execute(asStruct(this, self, "__repr__").getLayout().getFormat()), ")");
        }

        @TruffleBoundary
        private static String concat(String a, String b, String c) {
            return a + b + c;
        }
    }

    @Builtin(name = "pack", parameters = {"self"}, varArgs = "values")
    @GenerateNodeFactory
    public abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object pack(Object self, PTuple values, @Cached StructPackNode pack) {
            return pack.pack(asStruct(this, self, "pack").getLayout(), values.getItems());
        }
    }

    @Builtin(name = "pack_into", parameters = {"self"}, varArgs = "args")
    @GenerateNodeFactory
    public abstract static class PackIntoNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object packInto(Object self, PTuple args, @Cached StructPackNode pack) {
            pack.packInto(asStruct(this, self, "pack_into").getLayout(), args.getItems());
            return PNone.NONE;
        }
    }

    @Builtin(name = "unpack", parameters = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object unpack(Object self, Object buffer, @Cached StructUnpackNode unpack) {
            return unpack.unpack(asStruct(this, self, "unpack").getLayout(), buffer);
        }
    }

    @Builtin(name = "unpack_from", parameters = {"self", "buffer", "offset"}, positionalOnly = 1, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object unpackFrom(Object self, Object buffer, Object offset, @Cached StructUnpackNode unpack) {
            return unpack.unpackFrom(asStruct(this, self, "unpack_from").getLayout(), buffer, offset);
        }
    }

    @Builtin(name = "iter_unpack", parameters = {"self", "buffer"})
    @GenerateNodeFactory
    public abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object iterUnpack(Object self, Object buffer, @Cached StructUnpackNode unpack) {
            return unpack.iterUnpack(asStruct(this, self, "iter_unpack").getLayout(), buffer);
        }
    }
}
