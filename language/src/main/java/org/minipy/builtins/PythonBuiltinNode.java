package org.minipy.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PyBaseNode;

/**
 * Base of builtin implementations. The builtin's root node binds the call's arguments to the
 * {@link Builtin} parameters and passes them here as one array; the fixed-arity subclasses unpack it
 * so that DSL specializations see each argument separately.
 */
public abstract class PythonBuiltinNode extends PyBaseNode {
    public abstract Object call(VirtualFrame frame, Object[] bound);
}
