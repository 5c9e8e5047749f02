package org.minipy.builtins;

import java.util.List;

import org.minipy.builtins.functions.BuiltinFunctions;
import org.minipy.builtins.functions.EnumerateBuiltins;
import org.minipy.builtins.functions.FilterBuiltins;
import org.minipy.builtins.functions.IteratorObjectBuiltins;
import org.minipy.builtins.functions.MapBuiltins;
import org.minipy.builtins.functions.ReversedBuiltins;
import org.minipy.builtins.functions.ZipBuiltins;
import org.minipy.builtins.modules.ArrayModuleBuiltins;
import org.minipy.builtins.modules.MathModuleBuiltins;
import org.minipy.builtins.modules.StructModuleBuiltins;
import org.minipy.builtins.modules.SysModuleBuiltins;
import org.minipy.builtins.modules.TimeModuleBuiltins;
import org.minipy.builtins.types.ArrayBuiltins;
import org.minipy.builtins.types.BoolBuiltins;
import org.minipy.builtins.types.BufferBuiltins;
import org.minipy.builtins.types.ByteArrayBuiltins;
import org.minipy.builtins.types.ByteArrayNewBuiltins;
import org.minipy.builtins.types.BytesBuiltins;
import org.minipy.builtins.types.BytesNewBuiltins;
import org.minipy.builtins.types.DictBuiltins;
import org.minipy.builtins.types.DictNewBuiltins;
import org.minipy.builtins.types.DictViewBuiltins;
import org.minipy.builtins.types.DictViewSetBuiltins;
import org.minipy.builtins.types.FrozenSetBuiltins;
import org.minipy.builtins.types.SetBuiltins;
import org.minipy.builtins.types.SetOperationBuiltins;
import org.minipy.builtins.types.ExceptionBuiltins;
import org.minipy.builtins.types.FloatBuiltins;
import org.minipy.builtins.types.GeneratorBuiltins;
import org.minipy.builtins.types.GenericAliasBuiltins;
import org.minipy.builtins.types.IntBuiltins;
import org.minipy.builtins.types.ListBuiltins;
import org.minipy.builtins.types.ListNewBuiltins;
import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.builtins.types.ObjectBuiltins;
import org.minipy.builtins.types.RangeBuiltins;
import org.minipy.builtins.types.ReleaseBufferBuiltins;
import org.minipy.builtins.types.SliceBuiltins;
import org.minipy.builtins.types.StopIterationBuiltins;
import org.minipy.builtins.types.StrBuiltins;
import org.minipy.builtins.types.StrNewBuiltins;
import org.minipy.builtins.types.StructBuiltins;
import org.minipy.builtins.types.StructUnpackIteratorBuiltins;
import org.minipy.builtins.types.SystemExitBuiltins;
import org.minipy.builtins.types.TextIOWrapperBuiltins;
import org.minipy.builtins.types.TupleBuiltins;
import org.minipy.builtins.types.TupleNewBuiltins;
import org.minipy.builtins.types.SuperBuiltins;
import org.minipy.builtins.types.TypeBuiltins;

/** Every builtin container; the language reads their {@link CoreFunctions} at start-up. */
public final class BuiltinRegistry {
    private BuiltinRegistry() {
    }

    public static List<PythonBuiltins> containers() {
        return List.of(
                        new BuiltinFunctions(),
                        new EnumerateBuiltins(),
                        new ZipBuiltins(),
                        new MapBuiltins(),
                        new FilterBuiltins(),
                        new ReversedBuiltins(),
                        new IteratorObjectBuiltins(),
                        new ObjectBuiltins(),
                        new SuperBuiltins(),
                        new TypeBuiltins(),
                        new MemoryViewBuiltins(),
                        new BufferBuiltins(),
                        new ReleaseBufferBuiltins(),
                        new GenericAliasBuiltins(),
                        new ExceptionBuiltins(),
                        new SystemExitBuiltins(),
                        new StopIterationBuiltins(),
                        new GeneratorBuiltins(),
                        new RangeBuiltins(),
                        new BoolBuiltins(),
                        new FloatBuiltins(),
                        new IntBuiltins(),
                        new ByteArrayNewBuiltins(),
                        new BytesNewBuiltins(),
                        new StrNewBuiltins(),
                        new DictNewBuiltins(),
                        new TupleNewBuiltins(),
                        new ListNewBuiltins(),
                        new SliceBuiltins(),
                        new ListBuiltins(),
                        new DictBuiltins(),
                        new DictViewBuiltins(), new DictViewSetBuiltins(),
                        new SetBuiltins(), new FrozenSetBuiltins(), new SetOperationBuiltins(),
                        new TupleBuiltins(),
                        new StrBuiltins(),
                        new SysModuleBuiltins(),
                        new TextIOWrapperBuiltins(),
                        new MathModuleBuiltins(),
                        new TimeModuleBuiltins(),
                        new BytesBuiltins(),
                        new ByteArrayBuiltins(),
                        new StructModuleBuiltins(), new StructBuiltins(), new StructUnpackIteratorBuiltins(),
                        new ArrayModuleBuiltins(), new ArrayBuiltins());
    }
}
