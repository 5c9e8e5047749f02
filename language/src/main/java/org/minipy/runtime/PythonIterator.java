package org.minipy.runtime;

/**
 * An iterator implemented in Java whose next step is its own business (enumerate, zip, map, reversed,
 * dict views, generators): {@link #next()} returns the next value or null when exhausted.
 */
public abstract class PythonIterator extends PythonObject {
    public abstract Object next();
}
