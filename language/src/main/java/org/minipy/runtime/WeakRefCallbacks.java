package org.minipy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A context's weak references that have a callback. CPython calls a callback when the referent is deallocated;
 * on the JVM the referent disappears during a collection, so {@code gc.collect()} asks for the references the
 * collector cleared and calls their callbacks. A weak reference that is itself garbage calls no callback, as in
 * CPython, so the list holds the references weakly too.
 */
public final class WeakRefCallbacks {
    private final List<WeakReference<PWeakRef>> registered = new ArrayList<>();

    @TruffleBoundary
    public void register(PWeakRef ref) {
        registered.add(new WeakReference<>(ref));
    }

    /** The live references whose referent is gone and whose callback has not run; they leave the list. */
    @TruffleBoundary
    public List<PWeakRef> takeCleared() {
        List<PWeakRef> cleared = new ArrayList<>();
        for (Iterator<WeakReference<PWeakRef>> it = registered.iterator(); it.hasNext();) {
            PWeakRef ref = it.next().get();
            if (ref == null) {
                it.remove();
            } else if (ref.get() == null) {
                it.remove();
                cleared.add(ref);
            }
        }
        return cleared;
    }
}
