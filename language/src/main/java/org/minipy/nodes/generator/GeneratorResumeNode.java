package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;

import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * Resumes a generator (gen_send_ex): with {@code sent} as the value of the yield it is suspended at, or
 * raising {@code thrown} there when that is not null. Returns the next yielded value, or null when the
 * generator has finished (its return value waits in it). The call to the generator's code is direct
 * where the generator's code is always the same, so that a loop over a generator compiles with the
 * generator's body inlined.
 */
@GenerateUncached
public abstract class GeneratorResumeNode extends PyBaseNode {
    public abstract Object execute(PGenerator generator, Object sent, PBaseException thrown);

    public static GeneratorResumeNode create() {
        return GeneratorResumeNodeGen.create();
    }

    public static GeneratorResumeNode getUncached() {
        return GeneratorResumeNodeGen.getUncached();
    }

    @Specialization(guards = "generator.getResumeTarget() == cachedTarget", limit = "3")
    static Object doDirect(PGenerator generator, Object sent, PBaseException thrown,
                    @Bind Node node,
                    @Cached("generator.getResumeTarget()") @SuppressWarnings("unused") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        if (!canResume(node, generator, thrown)) {
            return null;
        }
        try {
            return call.call(generator, sent, thrown);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    @Specialization(replaces = "doDirect")
    static Object doIndirect(PGenerator generator, Object sent, PBaseException thrown,
                    @Bind Node node,
                    @Cached IndirectCallNode call) {
        if (!canResume(node, generator, thrown)) {
            return null;
        }
        try {
            return call.call(generator.getResumeTarget(), generator, sent, thrown);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    /**
     * The StopIteration that reports a generator's end to next() and send() (_PyGen_SetStopIterationValue):
     * with the return value as its value, none for None.
     */
    @TruffleBoundary
    public static PException stopIteration(Node location, Object returnValue) {
        if (returnValue == PNone.NONE) {
            return PRaiseNode.raiseNoArgs(location, StopIteration);
        }
        return PRaiseNode.raise(location, new PBaseException(StopIteration, returnValue));
    }

    /** False for a finished generator, which yields nothing more; an exception thrown into it is raised at once. */
    private static boolean canResume(Node node, PGenerator generator, PBaseException thrown) {
        if (generator.isRunning()) {
            throw PRaiseNode.raise(node, ValueError, "generator already executing");
        }
        if (generator.isFinished()) {
            if (thrown != null) {
                throw PRaiseNode.raise(node, thrown);
            }
            return false;
        }
        return true;
    }
}
