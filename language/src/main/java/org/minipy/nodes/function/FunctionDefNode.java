package org.minipy.nodes.function;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.minipy.nodes.ExpressionNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.Signature;

/**
 * Makes a function object ({@code def} or {@code lambda}): evaluates the defaults now and captures the
 * cells of the enclosing frame that the function's free variables refer to.
 */
public final class FunctionDefNode extends ExpressionNode {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    @Children private final ExpressionNode[] defaults;
    /** One per keyword-only parameter; null entries have no default. */
    @Children private final ExpressionNode[] kwDefaults;
    /** Enclosing frame slots holding the cells to capture, in the function's free-variable order. */
    private final int[] closureSlots;

    public FunctionDefNode(String name, String qualname, RootCallTarget callTarget, Signature signature, ExpressionNode[] defaults,
                    ExpressionNode[] kwDefaults, int[] closureSlots) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closureSlots = closureSlots;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] defaultValues = new Object[defaults.length];
        for (int i = 0; i < defaults.length; i++) {
            defaultValues[i] = defaults[i].executeGeneric(frame);
        }
        Object[] kwDefaultValues = new Object[kwDefaults.length];
        for (int i = 0; i < kwDefaults.length; i++) {
            kwDefaultValues[i] = kwDefaults[i] == null ? null : kwDefaults[i].executeGeneric(frame);
        }
        PCell[] closure = new PCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PCell) frame.getObject(closureSlots[i]);
        }
        Object callee = PArguments.getCallee(frame.getArguments());
        PModule globals = callee instanceof PFunction f ? f.getGlobals() : (PModule) callee;
        return new PFunction(name, qualname, callTarget, signature, defaultValues, kwDefaultValues, closure, globals);
    }
}
