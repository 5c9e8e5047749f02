package org.minipy.runtime.buffer;

import org.minipy.runtime.PythonObject;

/**
 * An object that lends its memory through the buffer protocol. It counts the buffers it has handed out
 * (CPython's {@code ob_exports}); while any is held, the object must not move or resize its storage.
 */
public abstract class BufferExporter extends PythonObject {
    private int exports;

    public final int getExports() {
        return exports;
    }

    public final boolean hasExports() {
        return exports > 0;
    }

    public final void incrementExports() {
        exports++;
    }

    public final void decrementExports() {
        assert exports > 0 : "buffer released more often than acquired";
        exports--;
    }
}
