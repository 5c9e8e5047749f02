package org.minipy.nodes.object;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.runtime.ObjectHash;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PNone;
import org.minipy.runtime.SpecialMethodSlot;

/**
 * {@code hash(x)}: PyObject_Hash. An instance of a user class calls its class's {@code __hash__} slot through a
 * cached direct call (slot_tp_hash); every other value is hashed by {@link ObjectHash}.
 */
@GenerateUncached
@ImportStatic(GetClassNode.class)
public abstract class PyObjectHashNode extends PyBaseNode {
    public abstract long execute(Object value);

    @Specialization(guards = "hasUserClass(value)")
    static long doUser(Object value, @Bind Node node,
                    @Cached GetClassNode getClass,
                    @Cached LookupSpecialMethodNode lookupHash,
                    @Cached PyObjectCallNode callHash) {
        Object method = lookupHash.execute(getClass.execute(value), SpecialMethodSlot.HASH);
        if (method == null || method == PNone.NONE) {
            // object's hash, or the TypeError of a class whose __hash__ is None
            return ObjectHash.hash(node, value);
        }
        Object result = callHash.execute(method, PArguments.ofPositional(value));
        if (result instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        return ObjectHash.checkHashResult(node, result);
    }

    @Fallback
    static long doGeneric(Object value, @Bind Node node) {
        return ObjectHash.hash(node, value);
    }
}
