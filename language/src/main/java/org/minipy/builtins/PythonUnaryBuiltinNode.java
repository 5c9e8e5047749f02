package org.minipy.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin with exactly 1 bound parameter(s). */
public abstract class PythonUnaryBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame, Object arg0);

    @Override
    public final Object call(VirtualFrame frame, Object[] bound) {
        return execute(frame, bound[0]);
    }
}
