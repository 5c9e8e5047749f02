package org.minipy.runtime;

import java.lang.ref.WeakReference;

/**
 * A weak reference (Objects/weakrefobject.c, PyWeakReference): a JVM {@link WeakReference} to the referent, so
 * the reference alone does not keep it alive, and the optional callback that {@code gc.collect()} calls with this
 * reference once the JVM's collector has cleared it.
 */
public final class PWeakRef extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {"__callback__"};

    private final WeakReference<Object> referent;
    private Object callback;
    /** The referent's hash, kept once computed: a weak reference stays hashable after its referent is gone. */
    private long hash = -1;

    public PWeakRef(Object referent, Object callback) {
        this.referent = new WeakReference<>(referent);
        this.callback = callback;
    }

    /** The referent, or null once it was collected. */
    public Object get() {
        return referent.get();
    }

    public Object getCallback() {
        return callback;
    }

    /** The callback to call now that the referent is gone, at most once (handle_callback clears it first). */
    public Object takeCallback() {
        Object result = callback;
        callback = PNone.NONE;
        return result;
    }

    public long getHash() {
        return hash;
    }

    public void setHash(long hash) {
        this.hash = hash;
    }

    /** Whether a weak reference to the value can be made (the types with a tp_weaklistoffset in CPython). */
    public static boolean isReferenceable(Object value) {
        return value instanceof PObject || value instanceof PFunction || value instanceof PythonClass || value instanceof PMethod ||
                        value instanceof PBuiltinFunction || value instanceof PModule || value instanceof PMemoryView || value instanceof PArray ||
                        value instanceof PStruct || value instanceof PSet || value instanceof PGenerator;
    }

    @Override
    public Object getAttribute(String name) {
        return "__callback__".equals(name) ? callback : null;
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.ReferenceType;
    }
}
