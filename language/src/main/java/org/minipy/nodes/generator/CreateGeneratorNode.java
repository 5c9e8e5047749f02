package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.StatementNode;
import org.minipy.nodes.controlflow.ReturnException;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PGenerator;

/**
 * The body of a generator function (or generator expression) as its call runs it: with the arguments
 * bound, the frame becomes the generator's, and the call returns the generator without running any of
 * the code (gen_new_with_qualname, named after the function object).
 */
public final class CreateGeneratorNode extends StatementNode {
    private final RootCallTarget resume;
    private final int generatorSlot;
    /** The resume-state slots of the body's yields and control-flow nodes: all start at 0, "not suspended here". */
    @CompilationFinal(dimensions = 1) private final int[] stateSlots;

    public CreateGeneratorNode(RootCallTarget resume, int generatorSlot, int[] stateSlots) {
        this.resume = resume;
        this.generatorSlot = generatorSlot;
        this.stateSlots = stateSlots;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (int slot : stateSlots) {
            frame.setInt(slot, 0);
        }
        PFunction function = (PFunction) frame.getArguments()[PArguments.CALLEE];
        MaterializedFrame materialized = frame.materialize();
        PGenerator generator = new PGenerator(function.getName(), function.getQualname(), materialized, resume);
        frame.setObject(generatorSlot, generator);
        throw new ReturnException(generator);
    }
}
