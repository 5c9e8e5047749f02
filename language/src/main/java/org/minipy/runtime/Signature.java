package org.minipy.runtime;

/**
 * The parameter list of a function or builtin: positional-or-keyword parameters (the first
 * {@code positionalOnly} of which can't be passed by keyword), then keyword-only ones, then the
 * optional {@code *args} and {@code **kwargs} collectors.
 */
public record Signature(String name, String[] parameters, int positionalOnly, String[] keywordOnly,
                String varArgs, String varKeywords) {

    public int positionalCount() {
        return parameters.length;
    }

    /** How many frame values binding produces: all named parameters plus one per collector. */
    public int boundCount() {
        return parameters.length + keywordOnly.length + (varArgs != null ? 1 : 0) + (varKeywords != null ? 1 : 0);
    }

    /** True if a call with exactly this many positional arguments and no keywords binds one to one. */
    public boolean takesExactly(int positional) {
        return positional == parameters.length && keywordOnly.length == 0 && varArgs == null && varKeywords == null;
    }
}
