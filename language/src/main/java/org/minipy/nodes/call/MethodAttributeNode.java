package org.minipy.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;

import org.minipy.nodes.PyNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;

/**
 * The {@code obj.name} of a method call whose name is no plain method of obj's class: its source range is the
 * attribute's, so a failed lookup points there in the traceback, as CPython's LOAD_ATTR position does.
 */
public final class MethodAttributeNode extends PyNode {
    @Child private PyObjectGetAttrNode getAttr;

    Object execute(Object self, String name) {
        if (getAttr == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            getAttr = insert(PyObjectGetAttrNode.create());
        }
        return getAttr.execute(self, name);
    }
}
