package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.runtime.PArguments;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;

/** Where the globals of the running code are: the module itself for module code, else the function's. */
public final class GlobalsNode {
    private GlobalsNode() {
    }

    public static PModule get(VirtualFrame frame) {
        Object callee = PArguments.getCallee(frame.getArguments());
        if (callee instanceof PFunction f) {
            return f.getGlobals();
        }
        return (PModule) callee;
    }
}
