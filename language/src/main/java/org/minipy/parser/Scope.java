package org.minipy.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of CPython's symbol table: a module, function, lambda, class body or comprehension,
 * with where each of its names lives once analysis is done.
 */
public final class Scope {

    public enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    /** Where a name is read and written from inside this scope. */
    public enum Binding {
        /** A fast local of a function. */
        LOCAL,
        /** A local of a function that inner scopes capture. */
        CELL,
        /** A variable of an enclosing function (or passed through to an inner scope). */
        FREE,
        /** Declared {@code global} here. */
        GLOBAL_EXPLICIT,
        /** Not bound here nor in an enclosing function: module globals, then builtins. */
        GLOBAL_IMPLICIT,
        /** Bound in a class body: an entry of the class namespace. */
        CLASS_LOCAL
    }

    public final Kind kind;
    /** The function or class name; "<module>", "<lambda>", "<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>". */
    public final String name;
    public final Scope parent;
    /** The scope contains yield or yield from (always true for a generator expression). */
    public boolean isGenerator;
    /** Parameter names: positional, keyword-only, then *vararg and **kwarg; a comprehension has ".0". */
    public final List<String> params = new ArrayList<>();
    public int argCount;
    public int kwOnlyCount;
    public boolean hasVararg;
    public boolean hasKwarg;
    /** Names bound here, parameters first, without the ones declared global. */
    public final List<String> locals = new ArrayList<>();
    /** Locals that inner scopes capture; a class that needs {@code __class__} (for super()) has it here. */
    public final List<String> cellVars = new ArrayList<>();
    /** Names taken from enclosing function scopes, including ones only passed through to inner scopes. */
    public final List<String> freeVars = new ArrayList<>();
    public final List<String> explicitGlobals = new ArrayList<>();
    public final List<Scope> children = new ArrayList<>();

    /** Symbol flags in order of first mention, as CPython's ste_symbols dict. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new HashMap<>();

    Scope(Kind kind, String name, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public Binding lookup(String id) {
        if (kind == Kind.MODULE) {
            return Binding.GLOBAL_IMPLICIT;
        }
        return bindings.getOrDefault(id, Binding.GLOBAL_IMPLICIT);
    }

    /** Function-like scopes have fast locals and cells; module and class bodies have namespaces. */
    public boolean isFunctionLike() {
        return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION;
    }

    /**
     * The scope whose first argument a {@code super()} here takes: list, set and dict comprehensions are inlined
     * in CPython 3.12+ (PEP 709), so in them it is the enclosing function's; generator expressions keep their own.
     */
    public Scope superArgumentScope() {
        Scope s = this;
        while (s.kind == Kind.COMPREHENSION && !s.isGenerator && s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    @Override
    public String toString() {
        return kind + " " + name + " params=" + params + " locals=" + locals + " cells=" + cellVars + " frees=" + freeVars
                        + " globals=" + explicitGlobals + (isGenerator ? " generator" : "");
    }
}
