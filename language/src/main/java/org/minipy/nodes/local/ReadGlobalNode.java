package org.minipy.nodes.local;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PModule;

import static org.minipy.runtime.PythonBuiltinClassType.NameError;

/**
 * Reads a module-level name, falling back to builtins (LOAD_GLOBAL). The slots of both modules are
 * cached, so a hot read is two field loads.
 */
public abstract class ReadGlobalNode extends ExpressionNode {
    protected final String name;

    protected ReadGlobalNode(String name) {
        this.name = name;
    }

    public static ReadGlobalNode create(String name) {
        return ReadGlobalNodeGen.create(name);
    }

    @Specialization(guards = "getGlobals(frame) == cachedModule", limit = "2")
    Object doCached(VirtualFrame frame,
                    @Cached("getGlobals(frame)") @SuppressWarnings("unused") PModule cachedModule,
                    @Cached("cachedModule.getSlot(name)") GlobalSlot slot,
                    @Cached("builtinSlot()") GlobalSlot builtinSlot) {
        Object value = slot.getValue();
        if (value == null) {
            value = builtinSlot.getValue();
            if (value == null) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
        }
        return value;
    }

    @Specialization(replaces = "doCached")
    Object doGeneric(VirtualFrame frame, @Bind Node node) {
        Object value = getGlobals(frame).get(name);
        if (value == null) {
            value = MiniPyContext.get(node).getBuiltins().get(name);
            if (value == null) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
        }
        return value;
    }

    static PModule getGlobals(VirtualFrame frame) {
        return GlobalsNode.get(frame);
    }

    GlobalSlot builtinSlot() {
        return MiniPyContext.get(this).getBuiltins().getSlot(name);
    }
}
