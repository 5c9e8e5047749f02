package org.minipy.nodes.call;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * Binds a call's arguments to a signature, as CPython's {@code _PyEval_MakeFrameVector} /
 * {@code positional_only_passed_as_keyword} / {@code missing_arguments} do, with their messages.
 * Callers take this slow path only for calls whose shape does not bind one to one.
 */
public final class ArgumentBinder {
    private ArgumentBinder() {
    }

    /**
     * @param defaults values for the last {@code defaults.length} positional parameters
     * @param kwDefaults one per keyword-only parameter, null where required
     * @param missingMarker what an optional parameter without default gets (builtins: NO_VALUE), or
     *            null if every parameter without default is required
     * @param required for builtins, how many leading positional parameters are required
     */
    @TruffleBoundary
    public static Object[] bind(Node location, String displayName, Signature sig, Object[] frameArgs, Object[] defaults,
                    Object[] kwDefaults, Object missingMarker, int required) {
        String[] params = sig.parameters();
        String[] kwOnly = sig.keywordOnly();
        int nparams = params.length;
        Object[] bound = new Object[sig.boundCount()];
        String[] kwNames = PArguments.getKeywordNames(frameArgs);
        int npos = PArguments.getPositionalCount(frameArgs);
        int first = PArguments.FIRST_VALUE;

        int ncopy = Math.min(npos, nparams);
        System.arraycopy(frameArgs, first, bound, 0, ncopy);
        int varArgsIndex = nparams + kwOnly.length;
        if (sig.varArgs() != null) {
            Object[] rest = new Object[Math.max(0, npos - nparams)];
            System.arraycopy(frameArgs, first + ncopy, rest, 0, rest.length);
            bound[varArgsIndex] = new PTuple(rest);
        } else if (npos > nparams) {
            throw tooManyPositional(location, displayName, sig, defaults, npos, kwNames, missingMarker, required);
        }
        PDict varKw = null;
        if (sig.varKeywords() != null) {
            varKw = new PDict();
            bound[bound.length - 1] = varKw;
        }
        if (kwNames != null) {
            for (int k = 0; k < kwNames.length; k++) {
                String name = kwNames[k];
                Object value = frameArgs[first + npos + k];
                int index = indexOf(params, name);
                if (index >= 0 && index >= sig.positionalOnly()) {
                    if (bound[index] != null) {
                        throw PRaiseNode.raise(location, TypeError, "%s() got multiple values for argument '%s'", displayName, name);
                    }
                    bound[index] = value;
                    continue;
                }
                int kwIndex = indexOf(kwOnly, name);
                if (kwIndex >= 0) {
                    bound[nparams + kwIndex] = value;
                } else if (varKw != null) {
                    varKw.putString(name, value);
                } else {
                    throw unexpectedKeyword(location, displayName, sig, kwNames, name);
                }
            }
        }
        int firstDefault = nparams - (defaults == null ? 0 : defaults.length);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nparams; i++) {
            if (bound[i] == null) {
                if (defaults != null && i >= firstDefault) {
                    bound[i] = defaults[i - firstDefault];
                } else if (missingMarker != null && i >= required) {
                    bound[i] = missingMarker;
                } else {
                    missing.add(params[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(location, displayName, missing, "positional");
        }
        for (int i = 0; i < kwOnly.length; i++) {
            if (bound[nparams + i] == null) {
                Object d = kwDefaults == null ? null : kwDefaults[i];
                if (d == null && missingMarker != null) {
                    d = missingMarker;
                }
                if (d == null) {
                    missing.add(kwOnly[i]);
                } else {
                    bound[nparams + i] = d;
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(location, displayName, missing, "keyword-only");
        }
        return bound;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    // missing_arguments
    private static RuntimeException missingArguments(Node location, String name, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(missing.size() == 2 ? " and " : (i == missing.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PRaiseNode.raise(location, TypeError, "%s() missing %d required %s argument%s: %s", name, missing.size(), kind,
                        missing.size() == 1 ? "" : "s", sb);
    }

    /**
     * CPython's order at the first keyword that matches no parameter: if any keyword names a positional-only
     * parameter, all such names are listed (positional_only_passed_as_keyword); else this one is unexpected.
     */
    private static PException unexpectedKeyword(Node location, String displayName, Signature sig, String[] kwNames, String name) {
        String[] params = sig.parameters();
        List<String> positionalOnly = new ArrayList<>();
        for (String kw : kwNames) {
            int index = indexOf(params, kw);
            if (index >= 0 && index < sig.positionalOnly()) {
                positionalOnly.add(kw);
            }
        }
        if (!positionalOnly.isEmpty()) {
            return PRaiseNode.raise(location, TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            displayName, String.join(", ", positionalOnly));
        }
        return PRaiseNode.raise(location, TypeError, "%s() got an unexpected keyword argument '%s'", displayName, name);
    }

    // too_many_positional
    private static RuntimeException tooManyPositional(Node location, String name, Signature sig, Object[] defaults, int given,
                    String[] kwNames, Object missingMarker, int required) {
        int nparams = sig.parameters().length;
        int ndefaults = defaults == null ? 0 : defaults.length;
        int min = missingMarker != null ? required : nparams - ndefaults;
        String takes;
        if (min < nparams) {
            takes = "from " + min + " to " + nparams + " positional arguments";
        } else {
            takes = nparams + " positional argument" + (nparams == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwNames != null) {
            for (String kw : kwNames) {
                if (indexOf(sig.keywordOnly(), kw) >= 0) {
                    kwGiven++;
                }
            }
        }
        String givenText;
        if (kwGiven > 0) {
            givenText = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven + " keyword-only argument" +
                            (kwGiven == 1 ? "" : "s") + ") were";
        } else {
            givenText = given + (given == 1 ? " was" : " were");
        }
        return PRaiseNode.raise(location, TypeError, "%s() takes %s but %s given", name, takes, givenText);
    }

}
