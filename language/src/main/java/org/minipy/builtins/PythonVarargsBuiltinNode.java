package org.minipy.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

/** A builtin that takes its bound parameters as an array (five or more, or variable shapes). */
public abstract class PythonVarargsBuiltinNode extends PythonBuiltinNode {
    public abstract Object execute(VirtualFrame frame, Object[] bound);

    @Override
    public final Object call(VirtualFrame frame, Object[] bound) {
        return execute(frame, bound);
    }
}
