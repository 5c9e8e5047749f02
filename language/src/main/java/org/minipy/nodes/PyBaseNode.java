package org.minipy.nodes;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.NodeInfo;

/**
 * Base of the operation nodes (the Python C-API counterparts: PyObject_GetItem and friends). They have
 * no state of their own, so the DSL can also generate uncached versions for runtime code.
 */
@TypeSystemReference(MiniPyTypes.class)
@NodeInfo(language = "minipy")
public abstract class PyBaseNode extends Node {
}
