package org.minipy.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.PyNode;

/** An assignment target: a name, attribute, subscript or unpacking pattern; also what {@code del} removes. */
public abstract class WriteTargetNode extends PyNode {
    public abstract void executeWrite(VirtualFrame frame, Object value);

    /** {@code del target}; the parser only lets deletable targets get here. */
    public abstract void executeDelete(VirtualFrame frame);
}
