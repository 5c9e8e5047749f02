package org.minipy.nodes.list;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;

import org.minipy.runtime.PList;

/**
 * {@code list.append(value)} (list_append), specialized on the list's storage and the value: ints go
 * unboxed into a {@code long[]}, floats into a {@code double[]}; the first item of an empty list and
 * an item that does not fit take {@link PList#append}'s path, which picks or generalizes the storage.
 */
@GenerateUncached
@NodeInfo(language = "minipy")
public abstract class ListAppendNode extends Node {
    public abstract void execute(PList list, Object value);

    public static ListAppendNode create() {
        return ListAppendNodeGen.create();
    }

    public static ListAppendNode getUncached() {
        return ListAppendNodeGen.getUncached();
    }

    @Specialization(guards = "list.isLongStorage()")
    static void doLong(PList list, long value) {
        list.appendLong(value);
    }

    @Specialization(guards = "list.isDoubleStorage()")
    static void doDouble(PList list, double value) {
        list.appendDouble(value);
    }

    @Specialization(guards = {"list.isObjectStorage()", "list.size() != 0"})
    static void doObject(PList list, Object value) {
        list.appendObject(value);
    }

    @Fallback
    static void doChangeStorage(PList list, Object value) {
        list.append(value);
    }
}
