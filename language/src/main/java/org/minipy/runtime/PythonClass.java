package org.minipy.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.utilities.CyclicAssumption;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.interop.InteropToPythonNode;
import org.minipy.nodes.object.GetClassNode;

/**
 * A Python class: builtin ones (with a {@link PythonBuiltinClassType}) are created once per language
 * instance and never change; user classes come from {@code class} statements. To other languages a
 * class is the meta-object of its instances, and instantiating it calls it.
 */
@ExportLibrary(InteropLibrary.class)
public final class PythonClass extends PythonObject {
    private final String name;
    private final PythonBuiltinClassType builtinType;
    private final PythonClass base;
    private final PythonClass[] bases;
    private final PythonClass[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /** Invalidated whenever this class's dict changes, so method caches of user classes stay correct. */
    private final CyclicAssumption stableDict;
    /**
     * Fills a builtin class's dict with its builtin methods when it is first read: creating them loads
     * a few classes per method, and start-up should load only those of the classes a program uses.
     */
    private Runnable pendingBuiltins;
    /**
     * The slot table: per {@link SpecialMethodSlot}, the method an operation calls on instances (CPython's tp_repr,
     * nb_add...), resolved over the MRO; null entries are slots the class does not define. Filled on first use
     * (builtin classes) or when the class statement ends ({@link #fillSlots}), then kept current by
     * {@link #updateSlot} as CPython's update_slot does.
     */
    private Object[] slots;
    /** Invalidated whenever the slot table changes, for the operation nodes that cache a slot's method. */
    private final CyclicAssumption stableSlots;
    /** The user classes that name this one as a base (CPython's tp_subclasses), to update their slots too. */
    private final List<WeakReference<PythonClass>> subclasses = new ArrayList<>();

    public PythonClass(String name, PythonBuiltinClassType builtinType, PythonClass base) {
        this.name = name;
        this.builtinType = builtinType;
        this.base = base;
        this.bases = base == null ? new PythonClass[0] : new PythonClass[]{base};
        List<PythonClass> order = new ArrayList<>();
        for (PythonClass c = this; c != null; c = c.base) {
            order.add(c);
        }
        this.mro = order.toArray(new PythonClass[0]);
        this.stableDict = new CyclicAssumption(name);
        this.stableSlots = new CyclicAssumption(name);
        if (builtinType.isUnhashable()) {
            dict.put("__hash__", PNone.NONE);
        }
    }

    /**
     * A user class with several bases; {@code base} is the one whose instance layout it has ({@code __base__}).
     * Throws {@link IllegalArgumentException} with CPython's message when the bases have no consistent MRO.
     */
    public PythonClass(String name, PythonClass base, PythonClass[] bases) {
        this.name = name;
        this.builtinType = null;
        this.base = base;
        this.bases = bases.clone();
        this.mro = C3Linearization.mro(this, bases);
        this.stableDict = new CyclicAssumption(name);
        this.stableSlots = new CyclicAssumption(name);
        for (PythonClass b : bases) {
            if (!b.isBuiltin()) {
                b.subclasses.add(new WeakReference<>(this));
            }
        }
    }

    public String getName() {
        return name;
    }

    public String getModuleName() {
        return builtinType != null ? builtinType.getModuleName() : (String) dict().getOrDefault("__module__", "__main__");
    }

    /**
     * CPython's tp_name, which most error messages show: module-qualified for a builtin type outside builtins
     * ({@code array.array}), the bare name for a class made by a class statement.
     */
    public String getTypeName() {
        return builtinType != null ? getQualifiedName() : name;
    }

    /**
     * CPython's ht_qualname: the dotted path from the module to a class statement's class ({@code f.<locals>.K},
     * {@code A.B}), which reprs, tracebacks and the messages built from a class name show.
     */
    public String getQualname() {
        return builtinType == null && dict().get("__qualname__") instanceof String q ? q : name;
    }

    /** The name as reprs qualify it (type_repr): module.qualname, except for builtins. */
    public String getQualifiedName() {
        String module = getModuleName();
        return "builtins".equals(module) ? name : module + "." + getQualname();
    }

    /**
     * The name as a traceback's last line prints it (traceback.TracebackException's exc_type_str): qualified
     * by module except for builtins and {@code __main__}. Other languages see it as the qualified name.
     */
    public String getTracebackName() {
        String module = getModuleName();
        return "builtins".equals(module) || "__main__".equals(module) ? getQualname() : module + "." + getQualname();
    }

    /** The builtin class this class is or derives from (the Java representation of its instances). */
    public PythonBuiltinClassType getBuiltinBase() {
        for (PythonClass c : mro) {
            if (c.builtinType != null) {
                return c.builtinType;
            }
        }
        return PythonBuiltinClassType.object;
    }

    public PythonBuiltinClassType getBuiltinClassType() {
        return builtinType;
    }

    public boolean isBuiltin() {
        return builtinType != null;
    }

    public PythonClass getBase() {
        return base;
    }

    /** {@code __bases__}. */
    public PythonClass[] getBases() {
        return bases.clone();
    }

    public PythonClass[] getMro() {
        return mro;
    }

    public Assumption getStableAssumption() {
        return stableDict.getAssumption();
    }

    @TruffleBoundary
    public Object lookup(String attr) {
        for (PythonClass c : mro) {
            Object v = c.dict().get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * A special method (__getitem__, __add__...) as the operation nodes look for it: anywhere in the MRO
     * but on {@code object}, whose generic slots the nodes implement themselves.
     */
    @TruffleBoundary
    public Object lookupSpecial(String attr) {
        for (PythonClass c : mro) {
            if (c.builtinType == PythonBuiltinClassType.object) {
                return null;
            }
            Object v = c.dict().get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The method this class's instances use for {@code slot}, or null if the class does not define it. */
    @TruffleBoundary
    public Object getSlot(SpecialMethodSlot slot) {
        if (slots == null) {
            fillSlots();
        }
        return slots[slot.ordinal()];
    }

    public Assumption getStableSlotsAssumption() {
        return stableSlots.getAssumption();
    }

    /**
     * The end of a class statement (type_new): a class that defines {@code __eq__} but not {@code __hash__} gets
     * {@code __hash__ = None}, making its instances unhashable; then its slots are filled.
     */
    @TruffleBoundary
    public void ready() {
        if (dict().containsKey("__eq__") && !dict().containsKey("__hash__")) {
            dict().put("__hash__", PNone.NONE);
        }
        fillSlots();
    }

    /** Resolves every slot from the class dicts of the MRO (CPython's fixup_slot_dispatchers). */
    @TruffleBoundary
    private void fillSlots() {
        Object[] table = new Object[SpecialMethodSlot.VALUES.length];
        for (SpecialMethodSlot slot : SpecialMethodSlot.VALUES) {
            table[slot.ordinal()] = lookupSpecial(slot.getName());
        }
        slots = table;
    }

    /** A dunder was assigned or deleted on this class: update_slot for it and every subclass that inherits it. */
    private void updateSlot(SpecialMethodSlot slot) {
        if (slots != null) {
            slots[slot.ordinal()] = lookupSpecial(slot.getName());
            stableSlots.invalidate();
        }
        for (WeakReference<PythonClass> ref : subclasses) {
            PythonClass sub = ref.get();
            if (sub != null) {
                sub.updateSlot(slot);
            }
        }
    }

    @TruffleBoundary
    public Object getOwn(String attr) {
        return dict().get(attr);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        dict().put(attr, value);
        if (builtinType == null) {
            stableDict.invalidate();
            SpecialMethodSlot slot = SpecialMethodSlot.byName(attr);
            if (slot != null) {
                updateSlot(slot);
            }
        }
    }

    @TruffleBoundary
    public boolean removeAttribute(String attr) {
        boolean had = dict().remove(attr) != null;
        stableDict.invalidate();
        SpecialMethodSlot slot = SpecialMethodSlot.byName(attr);
        if (slot != null) {
            updateSlot(slot);
        }
        return had;
    }

    @TruffleBoundary
    public Map<String, Object> getDict() {
        return dict();
    }

    /** Sets what {@link #pendingBuiltins} runs: adds the builtin methods of this builtin class. */
    public void setPendingBuiltins(Runnable addBuiltins) {
        pendingBuiltins = addBuiltins;
    }

    private Map<String, Object> dict() {
        Runnable addBuiltins = pendingBuiltins;
        if (addBuiltins != null) {
            pendingBuiltins = null;
            addBuiltins.run();
        }
        return dict;
    }

    public boolean isSubclassOf(PythonClass other) {
        for (PythonClass c : mro) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    public boolean isSubclassOf(PythonBuiltinClassType other) {
        for (PythonClass c : mro) {
            if (c.builtinType == other) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.type;
    }

    @Override
    protected boolean hasWritableAttributes() {
        return builtinType == null;
    }

    @Override
    @TruffleBoundary
    protected Iterable<String> getOwnAttributeNames() {
        List<String> names = new ArrayList<>();
        for (PythonClass c : mro) {
            names.addAll(c.dict().keySet());
        }
        return names;
    }

    @ExportMessage
    boolean isMetaObject() {
        return true;
    }

    @ExportMessage(name = "getMetaQualifiedName")
    Object metaQualifiedName() {
        return getTracebackName();
    }

    @ExportMessage(name = "getMetaSimpleName")
    Object metaSimpleName() {
        return name;
    }

    /** isinstance(instance, cls), for a value in any language's representation. */
    @ExportMessage
    boolean isMetaInstance(Object instance,
                    @Shared @Cached InteropToPythonNode toPython,
                    @Cached GetClassNode getClass) {
        return getClass.execute(toPython.execute(instance)).isSubclassOf(this);
    }

    @ExportMessage
    boolean hasMetaParents() {
        return base != null;
    }

    @ExportMessage
    Object getMetaParents() throws UnsupportedMessageException {
        if (base == null) {
            throw UnsupportedMessageException.create();
        }
        return new PTuple(getBases());
    }

    @ExportMessage
    boolean isInstantiable() {
        return true;
    }

    @ExportMessage
    Object instantiate(Object[] arguments,
                    @Bind Node node,
                    @Shared @Cached InteropToPythonNode toPython,
                    @Shared @Cached PyObjectCallNode call) {
        return callFromHost(node, call, this, toPython.executeAll(arguments));
    }

    @Override
    public String toString() {
        return name;
    }

}
