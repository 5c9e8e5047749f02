package org.minipy.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.MiniPyContext;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

/** The {@code weakref} module, as far as it is Modules/_weakref.c: the reference type, {@code ref}. */
@CoreFunctions(defineModule = "weakref")
public final class WeakrefModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return List.of();
    }

    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        PythonClass ref = context.getBuiltinClass(PythonBuiltinClassType.ReferenceType);
        module.put("ref", ref);
        module.put("ReferenceType", ref);
    }
}
