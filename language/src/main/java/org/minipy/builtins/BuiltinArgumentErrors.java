package org.minipy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * The argument errors of C builtins, whose wording depends on how CPython parses their arguments:
 * METH_NOARGS and METH_O ({@code list.append() takes exactly one argument (0 given)}),
 * _PyArg_CheckPositional for positional-only parameters ({@code get expected at least 1 argument, got 0})
 * and Argument Clinic's _PyArg_UnpackKeywords ({@code pow() missing required argument 'exp' (pos 2)}).
 * The style follows from the builtin's signature; a call that binds without error passes untouched.
 */
final class BuiltinArgumentErrors {
    private BuiltinArgumentErrors() {
    }

    /**
     * @param bound how many leading parameters the caller binds itself (self or cls), not counted in messages
     * @param qualifiedName "list.append" for methods, the plain name for functions
     */
    @TruffleBoundary
    static void check(Node node, String name, String qualifiedName, Signature sig, int bound, int required, Object[] frameArgs) {
        String[] kwNames = PArguments.getKeywordNames(frameArgs);
        int given = PArguments.getPositionalCount(frameArgs) - bound;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = sig.parameters().length - bound;
        int min = Math.max(0, required - bound);
        boolean keywordCapable = sig.positionalOnly() < sig.parameters().length || sig.keywordOnly().length > 0 || sig.varKeywords() != null;
        if (sig.varArgs() != null) {
            return;
        }
        boolean onlyPositional = sig.positionalOnly() == sig.parameters().length;
        if (!keywordCapable || onlyPositional && npos > 0) {
            if (!keywordCapable && nkw > 0) {
                throw PRaiseNode.raise(node, TypeError, "%s() takes no keyword arguments", qualifiedName);
            }
            if (npos == 0 && given > 0) {
                throw PRaiseNode.raise(node, TypeError, "%s() takes no arguments (%d given)", qualifiedName, given);
            }
            if (!keywordCapable && npos == 1 && min == 1 && given != 1) {
                throw PRaiseNode.raise(node, TypeError, "%s() takes exactly one argument (%d given)", qualifiedName, given);
            }
            if (given < min || given > npos) {
                String what = min == npos ? "" : (given < min ? "at least " : "at most ");
                int count = given < min ? min : npos;
                throw PRaiseNode.raise(node, TypeError, "%s expected %s%d argument%s, got %d", name, what, count, count == 1 ? "" : "s", given);
            }
            if (!keywordCapable) {
                return;
            }
        }
        int maxArgs = npos + sig.keywordOnly().length;
        if (sig.varKeywords() == null && given + nkw > maxArgs) {
            // _PyArg_UnpackKeywords counts keywords too, and says "keyword" when all are
            throw PRaiseNode.raise(node, TypeError, "%s() takes at most %d %sargument%s (%d given)", name, maxArgs, given == 0 ? "keyword " : "",
                            maxArgs == 1 ? "" : "s", given + nkw);
        }
        if (npos == 0 && given > 0) {
            throw PRaiseNode.raise(node, TypeError, "%s() takes no positional arguments", name);
        }
        if (given > npos) {
            throw PRaiseNode.raise(node, TypeError, "%s() takes at most %d argument%s (%d given)", name, npos, npos == 1 ? "" : "s", given);
        }
        int positionalOnly = sig.positionalOnly() - bound;
        if (given < min) {
            for (int i = given; i < min; i++) {
                String param = sig.parameters()[i + bound];
                if (i < positionalOnly) {
                    throw PRaiseNode.raise(node, TypeError, "%s() takes at least %d positional argument%s (%d given)", name, positionalOnly,
                                    positionalOnly == 1 ? "" : "s", given);
                }
                if (!contains(kwNames, param)) {
                    throw PRaiseNode.raise(node, TypeError, "%s() missing required argument '%s' (pos %d)", name, param, i + 1);
                }
            }
        }
    }

    private static boolean contains(String[] names, String name) {
        if (names != null) {
            for (String n : names) {
                if (n.equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }
}
