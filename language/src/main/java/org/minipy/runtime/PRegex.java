package org.minipy.runtime;

/**
 * A regular expression compiled by TRegex (the Truffle regex engine, Python flavor): what {@code re.compile}'s
 * pattern objects match with. {@code str} patterns match code points (TRegex's UTF-32 encoding), {@code bytes}
 * patterns bytes (LATIN-1); the method (search, match, fullmatch) is part of the compiled program.
 */
public final class PRegex extends FixedAttributeObject {
    private static final String[] ATTRIBUTES = {};

    private final Object compiled;
    private final boolean bytes;

    public PRegex(Object compiled, boolean bytes) {
        this.compiled = compiled;
        this.bytes = bytes;
    }

    /** TRegex's RegexObject. */
    public Object getCompiled() {
        return compiled;
    }

    public boolean isBytes() {
        return bytes;
    }

    @Override
    public Object getAttribute(String name) {
        return null;
    }

    @Override
    protected String[] getAttributeNames() {
        return ATTRIBUTES;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.TRegex;
    }
}
