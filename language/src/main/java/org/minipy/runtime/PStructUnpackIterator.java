package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.nodes.buffer.StructUnpackItemsNode;
import org.minipy.nodes.buffer.StructUnpackNode;
import org.minipy.runtime.buffer.PBuffer;
import org.minipy.runtime.buffer.PythonBufferLibrary;
import org.minipy.runtime.buffer.StructLayout;

/**
 * The iterator of struct.iter_unpack (unpackiterobject of Modules/_struct.c): one tuple per record of a
 * buffer whose length is a multiple of the record size. It holds the buffer, so the exporter cannot be
 * resized, until it is exhausted.
 */
public final class PStructUnpackIterator extends PythonIterator {
    private final StructLayout layout;
    private Object exporter;
    private PBuffer buffer;
    private int index;

    public PStructUnpackIterator(StructLayout layout, Object exporter, PBuffer buffer) {
        this.layout = layout;
        this.exporter = exporter;
        this.buffer = buffer;
    }

    // unpackiter_iternext
    @Override
    @TruffleBoundary
    public Object next() {
        if (buffer == null) {
            return null;
        }
        if (index >= buffer.getLength()) {
            PythonBufferLibrary.getUncached().release(exporter, buffer);
            buffer = null;
            exporter = null;
            return null;
        }
        PTuple record = StructUnpackNode.unpackAt(StructUnpackItemsNode.getUncached(), layout, buffer, index);
        index += (int) layout.getSize();
        return record;
    }

    // unpackiter_len
    public long lengthHint() {
        return buffer == null ? 0 : (buffer.getLength() - index) / layout.getSize();
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.unpack_iterator;
    }
}
