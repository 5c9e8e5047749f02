package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.runtime.PythonBuiltinClassType;

/** Methods of {@code dict}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.dict)
public final class DictBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return List.of();
    }
}
