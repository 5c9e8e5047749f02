package org.minipy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.MiniPyContext;
import org.minipy.runtime.PModule;

/** A container of builtin node classes, one file per Python class or module. */
public abstract class PythonBuiltins {
    public abstract List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories();

    /** For module containers: adds the module's non-function attributes (constants, classes). */
    public void initializeModule(MiniPyContext context, PModule module) {
    }
}
