package org.minipy.builtins.modules;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

import java.util.List;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
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
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * The {@code struct} module (Modules/_struct.c, re-exported by Lib/struct.py): each function parses its
 * format through the module's cache and then does what the Struct method of the same name does.
 */
@CoreFunctions(defineModule = "struct")
public final class StructModuleBuiltins extends PythonBuiltins {
    /** The module state (_structmodulestate): its cache of parsed formats. */
    private final StructCache cache = new StructCache();

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StructModuleBuiltinsFactory.getFactories();
    }

    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        module.put("error", context.getBuiltinClass(PythonBuiltinClassType.StructError));
        module.put("Struct", context.getBuiltinClass(PythonBuiltinClassType.Struct));
    }

    public static StructCache getCache(MiniPyLanguage language) {
        return ((StructModuleBuiltins) language.getModuleContainer("struct")).cache;
    }

    @Builtin(name = "calcsize", parameters = {"format"}, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class CalcSizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object calcsize(Object format, @Cached StructLayoutNode layout) {
            if (format == PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "_struct.calcsize() takes exactly one argument (0 given)");
            }
            return layout.execute(format).getSize();
        }
    }

    @Builtin(name = "pack", parameters = {"format"}, minArgs = 0, varArgs = "values")
    @GenerateNodeFactory
    public abstract static class PackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object pack(Object format, PTuple values,
                        @Cached StructLayoutNode layout,
                        @Cached StructPackNode pack) {
            if (format == PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "missing format argument");
            }
            return pack.pack(layout.execute(format), values.getItems());
        }
    }

    @Builtin(name = "pack_into", parameters = {"format"}, minArgs = 0, varArgs = "args")
    @GenerateNodeFactory
    public abstract static class PackIntoNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object packInto(Object format, PTuple args,
                        @Cached StructLayoutNode layout,
                        @Cached StructPackNode pack) {
            if (format == PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "missing format argument");
            }
            pack.packInto(layout.execute(format), args.getItems());
            return PNone.NONE;
        }
    }

    @Builtin(name = "unpack", parameters = {"format", "buffer"})
    @GenerateNodeFactory
    public abstract static class UnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object unpack(Object format, Object buffer,
                        @Cached StructLayoutNode layout,
                        @Cached StructUnpackNode unpack) {
            return unpack.unpack(layout.execute(format), buffer);
        }
    }

    @Builtin(name = "unpack_from", parameters = {"format", "buffer", "offset"}, positionalOnly = 1, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class UnpackFromNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object unpackFrom(Object format, Object buffer, Object offset,
                        @Cached StructLayoutNode layout,
                        @Cached StructUnpackNode unpack) {
            return unpack.unpackFrom(layout.execute(format), buffer, offset);
        }
    }

    @Builtin(name = "iter_unpack", parameters = {"format", "buffer"})
    @GenerateNodeFactory
    public abstract static class IterUnpackNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object iterUnpack(Object format, Object buffer,
                        @Cached StructLayoutNode layout,
                        @Cached StructUnpackNode unpack) {
            return unpack.iterUnpack(layout.execute(format), buffer);
        }
    }

    @Builtin(name = "_clearcache")
    @GenerateNodeFactory
    public abstract static class ClearCacheNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object clearCache(@SuppressWarnings("unused") Object[] bound) {
            getCache(MiniPyLanguage.get(this)).clear();
            return PNone.NONE;
        }
    }
}
