package org.minipy.runtime;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;

/** A function made by {@code def} or {@code lambda}. */
public final class PFunction extends PythonObject {
    private final String name;
    private final String qualname;
    private final RootCallTarget callTarget;
    private final Signature signature;
    /** Defaults of the last positional parameters, CPython's __defaults__. */
    @CompilationFinal(dimensions = 1) private final Object[] defaults;
    /** One entry per keyword-only parameter, null where it has no default. */
    @CompilationFinal(dimensions = 1) private final Object[] kwDefaults;
    @CompilationFinal(dimensions = 1) private final PCell[] closure;
    private final PModule globals;

    public PFunction(String name, String qualname, RootCallTarget callTarget, Signature signature, Object[] defaults,
                    Object[] kwDefaults, PCell[] closure, PModule globals) {
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.globals = globals;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public Object[] getKwDefaults() {
        return kwDefaults;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public PModule getGlobals() {
        return globals;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.function;
    }
}
