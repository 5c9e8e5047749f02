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
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PZip;
import org.minipy.runtime.PythonBuiltinClassType;

/** The class {@code zip} (Python/bltinmodule.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.zip)
public final class ZipBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ZipBuiltinsFactory.getFactories();
    }

    /** bound: cls, strict, iterables. */
    @Builtin(name = "__new__", parameters = {"cls"}, keywordOnly = {"strict"}, varArgs = "iterables")
    @GenerateNodeFactory
    public abstract static class ZipNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object create(Object[] bound,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyObjectIsTrueNode isTrue) {
            boolean strict = bound[1] != PNone.NO_VALUE && isTrue.execute(bound[1]);
            Object[] iterables = ((PTuple) bound[2]).getItems();
            Object[] iterators = new Object[iterables.length];
            for (int i = 0; i < iterables.length; i++) {
                iterators[i] = getIter.execute(iterables[i]);
            }
            return new PZip(iterators, strict);
        }
    }
}
