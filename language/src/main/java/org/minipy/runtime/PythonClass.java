package org.minipy.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.utilities.CyclicAssumption;

/**
 * A Python class: builtin ones (with a {@link PythonBuiltinClassType}) are created once per language
 * instance and never change; user classes come from {@code class} statements.
 */
public final class PythonClass extends PythonObject {
    private final String name;
    private final PythonBuiltinClassType builtinType;
    private final PythonClass base;
    private final PythonClass[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    /** Invalidated whenever this class's dict changes, so method caches of user classes stay correct. */
    private final CyclicAssumption stableDict;

    public PythonClass(String name, PythonBuiltinClassType builtinType, PythonClass base) {
        this.name = name;
        this.builtinType = builtinType;
        this.base = base;
        List<PythonClass> order = new ArrayList<>();
        for (PythonClass c = this; c != null; c = c.base) {
            order.add(c);
        }
        this.mro = order.toArray(new PythonClass[0]);
        this.stableDict = new CyclicAssumption(name);
    }

    public String getName() {
        return name;
    }

    public String getModuleName() {
        return builtinType != null ? builtinType.getModuleName() : (String) dict.getOrDefault("__module__", "__main__");
    }

    /** The name as messages and reprs qualify it: module.name, except for builtins. */
    public String getQualifiedName() {
        String module = getModuleName();
        return "builtins".equals(module) ? name : module + "." + name;
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

    public PythonClass[] getMro() {
        return mro;
    }

    public Assumption getStableAssumption() {
        return stableDict.getAssumption();
    }

    @TruffleBoundary
    public Object lookup(String attr) {
        for (PythonClass c : mro) {
            Object v = c.dict.get(attr);
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
            Object v = c.dict.get(attr);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    @TruffleBoundary
    public Object getOwn(String attr) {
        return dict.get(attr);
    }

    @TruffleBoundary
    public void setAttribute(String attr, Object value) {
        dict.put(attr, value);
        if (builtinType == null) {
            stableDict.invalidate();
        }
    }

    @TruffleBoundary
    public boolean removeAttribute(String attr) {
        boolean had = dict.remove(attr) != null;
        stableDict.invalidate();
        return had;
    }

    @TruffleBoundary
    public Map<String, Object> getDict() {
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
    public String toString() {
        return name;
    }

}
