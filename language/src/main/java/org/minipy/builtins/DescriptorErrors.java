package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PException;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** descr_check's error: a method of one class called through the class with another kind of object as self. */
public final class DescriptorErrors {
    private DescriptorErrors() {
    }

    /** @param owner the class as CPython names it, qualified outside builtins ("array.array") */
    @TruffleBoundary
    public static PException wrongSelf(Node node, String method, String owner, Object self) {
        return PRaiseNode.raise(node, TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, owner,
                        GetClassNode.getUncached().execute(self).getName());
    }
}
