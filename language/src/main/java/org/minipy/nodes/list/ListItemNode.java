package org.minipy.nodes.list;

import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;

import org.minipy.runtime.PList;

/**
 * {@code list[i]} for an index already checked against the size, specialized on the list's storage, so
 * that compiled code reads a {@code long[]} or {@code double[]} directly and the box it returns is virtual.
 */
@GenerateUncached
@NodeInfo(language = "minipy")
public abstract class ListItemNode extends Node {
    public abstract Object execute(PList list, int index);

    public static ListItemNode create() {
        return ListItemNodeGen.create();
    }

    public static ListItemNode getUncached() {
        return ListItemNodeGen.getUncached();
    }

    @Specialization(guards = "list.isLongStorage()")
    static long doLongs(PList list, int index) {
        return ((long[]) list.getStorage())[index];
    }

    @Specialization(guards = "list.isDoubleStorage()")
    static double doDoubles(PList list, int index) {
        return ((double[]) list.getStorage())[index];
    }

    @Specialization(guards = "list.isObjectStorage()")
    static Object doObjects(PList list, int index) {
        return ((Object[]) list.getStorage())[index];
    }
}
