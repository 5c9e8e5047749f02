package org.minipy.builtins.types;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * Argument checks for builtins that take {@code (*args, **kwargs)} so that their messages are CPython's,
 * which name the function rather than {@code __new__}: the vectorcall ones ({@code _PyArg_CheckPositional},
 * {@code _PyArg_NoKeywords}) and Argument Clinic's ({@code _PyArg_UnpackKeywords}).
 */
final class BuiltinArguments {
    private BuiltinArguments() {
    }

    /** tp_new's check that {@code X.__new__(cls)} was given X itself (minipy cannot subclass it). */
    static void checkClass(Node node, PythonBuiltinClassType owner, Object cls) {
        if (!(cls instanceof PythonClass c && c.getBuiltinClassType() == owner)) {
            throw wrongClass(node, owner, cls);
        }
    }

    @TruffleBoundary
    private static RuntimeException wrongClass(Node node, PythonBuiltinClassType owner, Object cls) {
        if (!(cls instanceof PythonClass c)) {
            return PRaiseNode.raise(node, TypeError, "%s.__new__(X): X is not a type object (%s)", owner.getName(),
                            GetClassNode.getUncached().execute(cls).getName());
        }
        if (!c.isSubclassOf(owner)) {
            return PRaiseNode.raise(node, TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner.getName(), c.getName(), c.getName(),
                            owner.getName());
        }
        return PRaiseNode.raise(node, TypeError, "minipy cannot subclass '%s' yet", owner.getName());
    }

    // _PyArg_NoKeywords
    @TruffleBoundary
    static void noKeywords(Node node, String name, PDict kwargs) {
        if (kwargs.size() > 0) {
            throw PRaiseNode.raise(node, TypeError, "%s() takes no keyword arguments", name);
        }
    }

    // _PyArg_CheckPositional
    @TruffleBoundary
    static void checkPositional(Node node, String name, PTuple args, int min, int max) {
        int n = args.size();
        if (n < min) {
            throw PRaiseNode.raise(node, TypeError, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PRaiseNode.raise(node, TypeError, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", n);
        }
    }

    /** _PyArg_UnpackKeywords where every parameter is optional and may be passed by position. */
    static Object[] unpack(Node node, String name, PTuple args, PDict kwargs, String[] names, int positionalOnly) {
        return unpack(node, name, args, kwargs, names, positionalOnly, names.length, 0);
    }

    /**
     * _PyArg_UnpackKeywords: the first {@code positionalOnly} names cannot be passed by keyword, those
     * from {@code maxPositional} on only by keyword, and the first {@code required} must be given.
     * Missing values are {@link PNone#NO_VALUE}.
     */
    @TruffleBoundary
    static Object[] unpack(Node node, String name, PTuple args, PDict kwargs, String[] names, int positionalOnly, int maxPositional, int required) {
        int npos = args.size();
        int total = npos + kwargs.size();
        if (total > names.length) {
            // "keyword" when nothing was positional, as CPython words it since bpo-31229
            throw PRaiseNode.raise(node, TypeError, "%s() takes at most %d %sargument%s (%d given)", name, names.length, npos == 0 ? "keyword " : "",
                            names.length == 1 ? "" : "s", total);
        }
        if (npos > maxPositional) {
            throw PRaiseNode.raise(node, TypeError, "%s() takes %s %d positional argument%s (%d given)", name, required < maxPositional ? "at most" : "exactly",
                            maxPositional, maxPositional == 1 ? "" : "s", npos);
        }
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = i < npos ? args.get(i) : i >= positionalOnly ? kwargs.get(names[i]) : null;
            if (values[i] == null) {
                if (i < required) {
                    throw PRaiseNode.raise(node, TypeError, "%s() missing required argument '%s' (pos %d)", name, names[i], i + 1);
                }
                values[i] = PNone.NO_VALUE;
            }
        }
        for (Object[] entry : kwargs.entries()) {
            String key = (String) entry[0];
            int index = indexOf(names, key);
            if (index >= positionalOnly && index < npos) {
                throw PRaiseNode.raise(node, TypeError, "argument for %s() given by name ('%s') and position (%d)", name, key, index + 1);
            }
        }
        for (Object[] entry : kwargs.entries()) {
            String key = (String) entry[0];
            if (indexOf(names, key) < positionalOnly) {
                throw PRaiseNode.raise(node, TypeError, "%s() got an unexpected keyword argument '%s'", name, key);
            }
        }
        return values;
    }

    /** operator.index(value) as a Long or PInt, with the TypeError of PyNumber_Index. */
    @TruffleBoundary
    static Object index(Node node, Object value) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", GetClassNode.getUncached().execute(value).getName());
        }
        return index;
    }

    /** Argument Clinic's conversion of an {@code int} parameter (a C int), floats refused. */
    @TruffleBoundary
    static int cInt(Node node, Object value) {
        if (value instanceof Double) {
            throw PRaiseNode.raise(node, TypeError, "'float' object cannot be interpreted as an integer");
        }
        Object index = index(node, value);
        if (!(index instanceof Long l) || l != (int) (long) l) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C int");
        }
        return (int) (long) l;
    }

    /** A str argument of a clinic function, as its "str" converter checks it. */
    @TruffleBoundary
    static String string(Node node, String function, String parameter, Object value) {
        if (value instanceof String s) {
            return s;
        }
        // _PyArg_BadArgument names None itself rather than its type
        String given = value == PNone.NONE ? "None" : GetClassNode.getUncached().execute(value).getName();
        throw PRaiseNode.raise(node, TypeError, "%s() argument '%s' must be str, not %s", function, parameter, given);
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
