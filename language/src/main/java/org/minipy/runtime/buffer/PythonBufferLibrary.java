package org.minipy.runtime.buffer;

import com.oracle.truffle.api.library.GenerateLibrary;
import com.oracle.truffle.api.library.GenerateLibrary.Abstract;
import com.oracle.truffle.api.library.GenerateLibrary.DefaultExport;
import com.oracle.truffle.api.library.Library;
import com.oracle.truffle.api.library.LibraryFactory;

/**
 * The buffer-export protocol (PEP 3118; CPython's {@code bf_getbuffer}/{@code bf_releasebuffer}). Every
 * exporter (bytes, bytearray, array.array, memoryview) exports it, and every consumer of bytes goes
 * through it: call {@link #isBuffer} first and raise the consumer's own TypeError if it is false.
 * Foreign objects with interop buffer elements are exporters too ({@link ForeignBufferExports}): their
 * PBuffers have no byte array ({@link PBuffer#isForeign()}).
 */
@GenerateLibrary
@DefaultExport(ForeignBufferExports.class)
public abstract class PythonBufferLibrary extends Library {
    private static final LibraryFactory<PythonBufferLibrary> FACTORY = LibraryFactory.resolve(PythonBufferLibrary.class);

    public static LibraryFactory<PythonBufferLibrary> getFactory() {
        return FACTORY;
    }

    public static PythonBufferLibrary getUncached() {
        return FACTORY.getUncached();
    }

    /** Whether the receiver can export a buffer at all (PyObject_CheckBuffer). */
    public boolean isBuffer(@SuppressWarnings("unused") Object receiver) {
        return false;
    }

    /**
     * PyObject_GetBuffer: hands out a buffer and counts it as an export of the receiver. Raises
     * {@code BufferError: Object is not writable.} when {@link BufferFlags#WRITABLE} is requested of a
     * readonly exporter, and CPython's other BufferErrors for requests the exporter cannot satisfy.
     */
    @Abstract(ifExported = "isBuffer")
    public PBuffer acquire(Object receiver, int flags) {
        throw new AbstractMethodError(receiver.getClass().getName());
    }

    /** PyBuffer_Release: gives the buffer back; the second release of one buffer does nothing. */
    @Abstract(ifExported = "isBuffer")
    public void release(Object receiver, PBuffer buffer) {
        throw new AbstractMethodError(receiver.getClass().getName());
    }
}
