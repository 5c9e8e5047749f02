package org.minipy.runtime.buffer;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.minipy.runtime.PythonObject;

/**
 * An object that lends its memory through the buffer protocol. It counts the buffers it has handed out
 * (CPython's {@code ob_exports}); while any is held, the object must not move or resize its storage.
 *
 * <p>
 * Most consumers release their buffer before they return. A memoryview instead holds one for as long
 * as it lives, and CPython releases it the moment the last view is freed by reference counting, so
 * that {@code memoryview(b)[0]} does not keep {@code b} from growing afterwards. Such holders are
 * tracked weakly: when a resize is refused, {@link #hasLiveExports()} lets the garbage collector find
 * the holders nobody can reach any more and releases their buffers, as CPython's deallocation would
 * have done.
 */
public abstract class BufferExporter extends PythonObject {
    private int exports;
    /** Buffers held by objects that may die without releasing them; null until the first one. */
    private ArrayList<HeldExport> held;
    /** Size of {@link #held} at which entries whose holder has died are dropped. */
    private int pruneAt = 16;

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

    /**
     * Records that {@code holder} keeps {@code buffer}, acquired from this object, until it calls
     * {@link #untrackExport} or becomes unreachable.
     */
    @TruffleBoundary
    public final void trackExport(Object holder, PBuffer buffer) {
        if (held == null) {
            held = new ArrayList<>();
        } else if (held.size() >= pruneAt) {
            releaseUnreachable();
            pruneAt = Math.max(16, 2 * held.size());
        }
        held.add(new HeldExport(holder, buffer));
    }

    /** The holder released {@code buffer} itself. */
    @TruffleBoundary
    public final void untrackExport(PBuffer buffer) {
        if (held != null) {
            held.removeIf(h -> h.buffer == buffer);
        }
    }

    /**
     * Whether any export is still in use: before answering yes, collects garbage and releases the
     * buffers of holders that have died. Call it only where a yes raises an error.
     */
    @TruffleBoundary
    public final boolean hasLiveExports() {
        if (exports > 0 && held != null && !held.isEmpty()) {
            System.gc();
            releaseUnreachable();
        }
        return exports > 0;
    }

    private void releaseUnreachable() {
        ArrayList<HeldExport> dead = new ArrayList<>();
        held.removeIf(h -> h.get() == null && dead.add(h));
        PythonBufferLibrary buffers = PythonBufferLibrary.getUncached();
        for (HeldExport h : dead) {
            buffers.release(this, h.buffer);
        }
    }

    private static final class HeldExport extends WeakReference<Object> {
        final PBuffer buffer;

        HeldExport(Object holder, PBuffer buffer) {
            super(holder);
            this.buffer = buffer;
        }
    }
}
