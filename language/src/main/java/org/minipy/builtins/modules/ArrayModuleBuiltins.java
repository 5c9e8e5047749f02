package org.minipy.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.MiniPyContext;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

/** The {@code array} module (Modules/arraymodule.c): the class itself lives in ArrayBuiltins. */
@CoreFunctions(defineModule = "array")
public final class ArrayModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return List.of();
    }

    // array_modexec
    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        PythonClass array = context.getBuiltinClass(PythonBuiltinClassType.array);
        module.put("array", array);
        module.put("ArrayType", array);
        module.put("typecodes", PArray.TYPECODES);
    }
}
