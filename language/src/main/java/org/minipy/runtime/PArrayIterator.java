package org.minipy.runtime;

import org.minipy.nodes.array.ReadArrayItemNode;

/**
 * array.arrayiterator: reads the array's current contents as it goes, and once exhausted stays so even
 * if the array grows (arrayiter_next drops its reference to the array).
 */
public final class PArrayIterator extends PythonIterator {
    private PArray array;
    private int index;

    public PArrayIterator(PArray array) {
        this.array = array;
    }

    @Override
    public Object next() {
        if (array == null) {
            return null;
        }
        if (index < array.length()) {
            return ReadArrayItemNode.getUncached().execute(array, index++);
        }
        array = null;
        return null;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.arrayiterator;
    }
}
