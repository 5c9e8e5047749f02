package org.minipy.builtins.modules;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PWeakRef;

import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * The {@code gc} module (Modules/gcmodule.c). minipy's objects live on the JVM's heap, so collecting means asking
 * the JVM's collector for a full collection, which also clears the weak references to what it frees.
 */
@CoreFunctions(defineModule = "gc")
public final class GcModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return GcModuleBuiltinsFactory.getFactories();
    }

    // gc_collect_impl: any generation means a full collection to the JVM; the JVM does not count what it freed,
    // so the result is 0
    @Builtin(name = "collect", parameters = {"generation"}, positionalOnly = 0, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class CollectNode extends PythonUnaryBuiltinNode {
        @Specialization
        long collect(@SuppressWarnings("unused") PNone generation) {
            runCollector();
            return 0L;
        }

        @Specialization
        long collect(long generation) {
            if (generation < 0 || generation > 2) {
                throw PRaiseNode.raise(this, ValueError, "invalid generation");
            }
            runCollector();
            return 0L;
        }

        /** A full collection, then the callbacks of the weak references it cleared (handle_weakrefs). */
        @TruffleBoundary
        private void runCollector() {
            System.gc();
            for (PWeakRef ref : MiniPyContext.get(this).getWeakRefCallbacks().takeCleared()) {
                PyObjectCallNode.getUncached().execute(ref.takeCallback(), PArguments.ofPositional(ref));
            }
        }
    }
}
