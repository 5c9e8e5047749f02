package org.minipy.nodes.list;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;

import org.minipy.runtime.PList;

/**
 * {@code list[i] = value} for an index already checked against the size, specialized on the list's
 * storage and the value: an int into a {@code long[]} or a float into a {@code double[]} is stored
 * unboxed; any other value moves the list to {@code Object[]} storage first.
 */
@GenerateUncached
@NodeInfo(language = "minipy")
public abstract class ListSetItemNode extends Node {
    public abstract void execute(PList list, int index, Object value);

    public static ListSetItemNode create() {
        return ListSetItemNodeGen.create();
    }

    public static ListSetItemNode getUncached() {
        return ListSetItemNodeGen.getUncached();
    }

    @Specialization(guards = "list.isLongStorage()")
    static void doLong(PList list, int index, long value) {
        ((long[]) list.getStorage())[index] = value;
    }

    @Specialization(guards = "list.isDoubleStorage()")
    static void doDouble(PList list, int index, double value) {
        ((double[]) list.getStorage())[index] = value;
    }

    @Specialization(guards = "list.isObjectStorage()")
    static void doObject(PList list, int index, Object value) {
        ((Object[]) list.getStorage())[index] = value;
    }

    @Fallback
    static void doGeneralize(PList list, int index, Object value) {
        list.set(index, value);
    }
}
