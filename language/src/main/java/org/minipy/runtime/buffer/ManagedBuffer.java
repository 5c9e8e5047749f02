package org.minipy.runtime.buffer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * CPython's managed buffer ({@code _PyManagedBufferObject}, "mbuf"): the one buffer that a memoryview
 * acquired from its exporter, shared by every view derived from it (slices, casts, views of views,
 * {@code toreadonly()}), so that they all see one snapshot and the exporter counts one export. It
 * counts the views registered with it and gives the buffer back when the last of them is released
 * (mbuf_release). Views that die unreleased are handled by {@link BufferExporter#hasLiveExports()}.
 */
public final class ManagedBuffer {
    private final Object exporter;
    private final PBuffer master;
    /** Registered views not yet released: mbuf->exports (a long: slicing loops register views by the billion). */
    private long views;
    private boolean released;

    private ManagedBuffer(Object exporter, PBuffer master) {
        this.exporter = exporter;
        this.master = master;
    }

    /** _PyManagedBuffer_FromObject: acquires the exporter's buffer with {@code flags}. */
    @TruffleBoundary
    public static ManagedBuffer acquire(Object exporter, int flags, PythonBufferLibrary buffers) {
        PBuffer master = buffers.acquire(exporter, flags);
        ManagedBuffer mbuf = new ManagedBuffer(exporter, master);
        if (exporter instanceof BufferExporter e) {
            e.trackExport(mbuf, master);
        }
        return mbuf;
    }

    /** The exporting object ({@code memoryview.obj}). */
    public Object getExporter() {
        return exporter;
    }

    public PBuffer getMaster() {
        return master;
    }

    public boolean isReleased() {
        return released;
    }

    /** mbuf_add_view's registration of a new view. */
    public void addView() {
        views++;
    }

    /** One registered view was released; the last one releases the exporter's buffer. */
    public void releaseView() {
        assert views > 0 : "view released more often than registered";
        if (--views == 0) {
            release();
        }
    }

    @TruffleBoundary
    private void release() {
        released = true;
        if (exporter instanceof BufferExporter e) {
            e.untrackExport(master);
        }
        PythonBufferLibrary.getUncached().release(exporter, master);
    }
}
