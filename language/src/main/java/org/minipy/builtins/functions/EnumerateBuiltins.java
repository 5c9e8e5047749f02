package org.minipy.builtins.functions;

import java.util.List;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PEnumerate;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The class {@code enumerate} (Objects/enumobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.enumerate)
public final class EnumerateBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return EnumerateBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__new__", parameters = {"cls", "iterable", "start"}, positionalOnly = 1, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class EnumerateNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object iterable, Object start,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyNumberIndexNode index) {
            Object count = 0L;
            if (start != PNone.NO_VALUE) {
                count = index.executeOrNull(start);
                if (count == null) {
                    throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", BuiltinFunctions.typeName(start));
                }
            }
            return new PEnumerate(getIter.execute(iterable), count);
        }
    }
}
