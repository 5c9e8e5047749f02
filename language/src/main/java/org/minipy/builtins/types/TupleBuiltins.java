package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.runtime.PythonBuiltinClassType;

/** Methods of {@code tuple}. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.tuple)
public final class TupleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return List.of();
    }
}
