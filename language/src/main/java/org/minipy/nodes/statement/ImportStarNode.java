package org.minipy.nodes.statement;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.local.GlobalsNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * {@code from m import *} (import_all_from): binds, in the running module, each name of {@code m.__all__}, or
 * without it each of the module's names that does not start with an underscore.
 */
public final class ImportStarNode extends StatementNode {
    @Child private ImportNode module;

    public ImportStarNode(ImportNode module) {
        this.module = module;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        importAll(module.executeGeneric(frame), GlobalsNode.get(frame));
    }

    @TruffleBoundary
    private void importAll(Object from, PModule into) {
        Object all = PyObjectGetAttrNode.lookup(from, "__all__");
        List<Object> names = new ArrayList<>();
        if (all != null) {
            for (Object name : IterableToArray.toArray(this, all, null)) {
                names.add(name);
            }
        } else if (from instanceof PModule m) {
            for (GlobalSlot slot : m.getSlots().values()) {
                if (slot.getValue() != null && !slot.getName().startsWith("_")) {
                    names.add(slot.getName());
                }
            }
        } else {
            throw PRaiseNode.raise(this, PythonBuiltinClassType.ImportError, "from-import-* object has no __dict__ and no __all__");
        }
        String moduleName = from instanceof PModule m ? m.getName() : "?";
        for (Object name : names) {
            if (!(name instanceof String s)) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "%s in %s.%s must be str, not %s", all != null ? "Item" : "Key", moduleName,
                                all != null ? "__all__" : "__dict__", GetClassNode.getUncached().execute(name).getName());
            }
            into.put(s, PyObjectGetAttrNode.getUncached().execute(from, s));
        }
    }
}
