package org.minipy.nodes.call;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PSuper;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.RuntimeError;

/**
 * A call {@code super()} written in a function: if the name is still the builtin super, it is
 * {@code super(__class__, <first argument>)} with the function's {@code __class__} cell and the current value of
 * its first parameter (super_init_without_args, which reads them from the caller's frame); any other callee
 * is called without arguments.
 */
public final class SuperCallNode extends ExpressionNode {
    @Child private ExpressionNode function;
    /** Reads the {@code __class__} free variable; null where the function has none. */
    @Child private ExpressionNode classCell;
    /** Reads the first positional parameter; null where the function has none. */
    @Child private ExpressionNode firstArgument;
    @Child private PyObjectCallNode call = PyObjectCallNode.create();

    public SuperCallNode(ExpressionNode function, ExpressionNode classCell, ExpressionNode firstArgument) {
        this.function = function;
        this.classCell = classCell;
        this.firstArgument = firstArgument;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object callee = function.executeGeneric(frame);
        if (callee != MiniPyContext.get(this).getBuiltinClass(PythonBuiltinClassType.super_)) {
            return call.execute(callee, PArguments.ofPositional());
        }
        if (firstArgument == null) {
            throw PRaiseNode.raise(this, RuntimeError, "super(): no arguments");
        }
        Object self = firstArgument.executeGeneric(frame);
        if (classCell == null) {
            throw PRaiseNode.raise(this, RuntimeError, "super(): __class__ cell not found");
        }
        return PSuper.create(this, classCell.executeGeneric(frame), self);
    }
}
