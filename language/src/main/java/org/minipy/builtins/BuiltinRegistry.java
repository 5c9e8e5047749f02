package org.minipy.builtins;

import java.util.List;

import org.minipy.builtins.functions.BuiltinFunctions;
import org.minipy.builtins.modules.SysModuleBuiltins;
import org.minipy.builtins.types.MemoryViewBuiltins;
import org.minipy.builtins.types.ObjectBuiltins;
import org.minipy.builtins.types.TypeBuiltins;

/** Every builtin container; the language reads their {@link CoreFunctions} at start-up. */
public final class BuiltinRegistry {
    private BuiltinRegistry() {
    }

    public static List<PythonBuiltins> containers() {
        return List.of(
                        new BuiltinFunctions(),
                        new ObjectBuiltins(),
                        new TypeBuiltins(),
                        new MemoryViewBuiltins(),
                        new SysModuleBuiltins());
    }
}
