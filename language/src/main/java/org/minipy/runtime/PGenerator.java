package org.minipy.runtime;

/**
 * A generator made by a generator expression. minipy computes its values when it is made (there are no
 * suspendable frames yet), then hands them out one by one.
 */
public final class PGenerator extends PythonIterator {
    private final Object[] values;
    private int index;

    public PGenerator(Object[] values) {
        this.values = values;
    }

    @Override
    public Object next() {
        return index < values.length ? values[index++] : null;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.generator;
    }
}
