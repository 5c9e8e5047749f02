package org.minipy.nodes;

import com.oracle.truffle.api.dsl.ImplicitCast;
import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The Java types of Python values that specializations name directly. bool is a subclass of int in
 * Python, so a {@code long} specialization also takes booleans; specializations that must tell
 * them apart (repr, bool-returning bitwise ops) declare the boolean case first.
 */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class MiniPyTypes {
    @ImplicitCast
    public static long castBoolean(boolean value) {
        return value ? 1 : 0;
    }
}
