package org.minipy.runtime;

/**
 * Layout of the frame arguments of every minipy call target, after CPython's vectorcall: the callee,
 * the names of the keyword arguments (null if none), then the positional values followed by the
 * keyword values in the order of the names.
 */
public final class PArguments {
    public static final int CALLEE = 0;
    public static final int KEYWORD_NAMES = 1;
    public static final int FIRST_VALUE = 2;

    private PArguments() {
    }

    public static Object[] create(Object callee, Object[] positional, String[] keywordNames, Object[] keywordValues) {
        int nkw = keywordNames == null ? 0 : keywordNames.length;
        Object[] args = new Object[FIRST_VALUE + positional.length + nkw];
        args[CALLEE] = callee;
        args[KEYWORD_NAMES] = keywordNames;
        System.arraycopy(positional, 0, args, FIRST_VALUE, positional.length);
        if (nkw > 0) {
            System.arraycopy(keywordValues, 0, args, FIRST_VALUE + positional.length, nkw);
        }
        return args;
    }

    /** Arguments for a call with one value inserted before the others (a bound method's self). */
    public static Object[] withSelf(Object[] args, Object self) {
        Object[] result = new Object[args.length + 1];
        result[KEYWORD_NAMES] = args[KEYWORD_NAMES];
        result[FIRST_VALUE] = self;
        System.arraycopy(args, FIRST_VALUE, result, FIRST_VALUE + 1, args.length - FIRST_VALUE);
        return result;
    }

    /** Arguments in this layout for positional values only. */
    public static Object[] ofPositional(Object... values) {
        Object[] args = new Object[FIRST_VALUE + values.length];
        System.arraycopy(values, 0, args, FIRST_VALUE, values.length);
        return args;
    }

    /** Arguments in this layout for {@code f(*positional, **keywords)}, keywords being a dict of str keys. */
    public static Object[] ofStarred(Object[] positional, PDict keywords) {
        Object[][] entries = keywords.entries();
        if (entries.length == 0) {
            return ofPositional(positional);
        }
        String[] names = new String[entries.length];
        Object[] values = new Object[entries.length];
        for (int i = 0; i < entries.length; i++) {
            names[i] = (String) entries[i][0];
            values[i] = entries[i][1];
        }
        return create(null, positional, names, values);
    }

    public static Object getCallee(Object[] args) {
        return args[CALLEE];
    }

    public static String[] getKeywordNames(Object[] args) {
        return (String[]) args[KEYWORD_NAMES];
    }

    public static int getPositionalCount(Object[] args) {
        String[] kw = getKeywordNames(args);
        return args.length - FIRST_VALUE - (kw == null ? 0 : kw.length);
    }
}
