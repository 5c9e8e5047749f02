package org.minipy.nodes.local;

import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PModule;

import static org.minipy.runtime.PythonBuiltinClassType.NameError;

/** Stores a module-level name; executed as a statement it deletes the name ({@code del x}). */
public abstract class WriteGlobalNode extends WriteTargetNode {
    protected final String name;

    protected WriteGlobalNode(String name) {
        this.name = name;
    }

    public static WriteGlobalNode create(String name) {
        return WriteGlobalNodeGen.create(name);
    }

    @Override
    public final void executeWrite(VirtualFrame frame, Object value) {
        execute(frame, value);
    }

    @Override
    public final void executeDelete(VirtualFrame frame) {
        execute(frame, null);
    }

    abstract void execute(VirtualFrame frame, Object value);

    @Specialization(guards = "getGlobals(frame) == cachedModule", limit = "2")
    void doCached(VirtualFrame frame, Object value,
                    @Cached("getGlobals(frame)") @SuppressWarnings("unused") PModule cachedModule,
                    @Cached("cachedModule.getSlot(name)") GlobalSlot slot) {
        store(slot, value);
    }

    @Specialization(replaces = "doCached")
    void doGeneric(VirtualFrame frame, Object value) {
        store(getGlobals(frame).getSlot(name), value);
    }

    private void store(GlobalSlot slot, Object value) {
        if (value == null && slot.getValue() == null) {
            throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
        }
        slot.setValue(value);
    }

    static PModule getGlobals(VirtualFrame frame) {
        return GlobalsNode.get(frame);
    }
}
