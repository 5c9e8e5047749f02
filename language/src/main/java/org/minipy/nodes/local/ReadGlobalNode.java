package org.minipy.nodes.local;

import com.oracle.truffle.api.Assumption;
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
 * Reads a module-level name, falling back to builtins (LOAD_GLOBAL). A name bound once is a constant
 * under its slot's stable assumption; otherwise the slots of both modules are cached, so a hot read
 * is two field loads.
 */
public abstract class ReadGlobalNode extends ExpressionNode {
    protected final String name;

    protected ReadGlobalNode(String name) {
        this.name = name;
    }

    public static ReadGlobalNode create(String name) {
        return ReadGlobalNodeGen.create(name);
    }

    /** A module-level name bound once: its value, a constant in compiled code (LOAD_GLOBAL's cache, by assumption). */
    @Specialization(guards = {"getGlobals(frame) == cachedModule", "value != null"}, assumptions = "stable", limit = "2")
    static Object doStable(@SuppressWarnings("unused") VirtualFrame frame,
                    @Cached("getGlobals(frame)") @SuppressWarnings("unused") PModule cachedModule,
                    @Cached("cachedModule.getSlot(name)") @SuppressWarnings("unused") GlobalSlot slot,
                    @Cached("slot.getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("slot.getValue()") Object value) {
        return value;
    }

    /** A builtin (len, range) that the module does not shadow: constant while both slots stay as they are. */
    @Specialization(guards = {"getGlobals(frame) == cachedModule", "unbound", "value != null"},
                    assumptions = {"stable", "builtinStable"}, limit = "2")
    static Object doStableBuiltin(@SuppressWarnings("unused") VirtualFrame frame,
                    @Cached("getGlobals(frame)") @SuppressWarnings("unused") PModule cachedModule,
                    @Cached("cachedModule.getSlot(name)") @SuppressWarnings("unused") GlobalSlot slot,
                    @Cached("slot.getStableAssumption()") @SuppressWarnings("unused") Assumption stable,
                    @Cached("slot.getValue() == null") @SuppressWarnings("unused") boolean unbound,
                    @Cached("builtinSlot()") @SuppressWarnings("unused") GlobalSlot builtin,
                    @Cached("builtin.getStableAssumption()") @SuppressWarnings("unused") Assumption builtinStable,
                    @Cached("builtin.getValue()") Object value) {
        return value;
    }

    @Specialization(guards = "getGlobals(frame) == cachedModule", limit = "2", replaces = {"doStable", "doStableBuiltin"})
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
