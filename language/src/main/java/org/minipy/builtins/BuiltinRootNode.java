package org.minipy.builtins;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.profiles.BranchProfile;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.call.ArgumentBinder;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.Signature;

/** The root of one builtin: binds the arguments of the call, then runs the builtin's node. */
public final class BuiltinRootNode extends RootNode {
    @Child private PythonBuiltinNode body;
    private final String displayName;
    private final Signature signature;
    private final int required;
    private final String qualifiedName;
    private final int implicitParameters;
    /** No keyword-only parameters and no **kwargs: positional calls bind in compiled code. */
    private final boolean simple;
    private final boolean varArgs;
    private final BranchProfile complexCall = BranchProfile.create();

    /**
     * @param qualifiedName how METH_O/METH_NOARGS messages name it ("list.append")
     * @param implicitParameters leading parameters that calls never spell out: self of methods, cls of __new__
     */
    public BuiltinRootNode(MiniPyLanguage language, PythonBuiltinNode body, String displayName, String qualifiedName, Signature signature,
                    int required, int implicitParameters) {
        super(language);
        this.qualifiedName = qualifiedName;
        this.implicitParameters = implicitParameters;
        this.body = body;
        this.displayName = displayName;
        this.signature = signature;
        this.required = required;
        this.simple = signature.keywordOnly().length == 0 && signature.varKeywords() == null;
        this.varArgs = signature.varArgs() != null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        Object[] bound;
        int nparams = signature.parameters().length;
        if (simple && args[PArguments.KEYWORD_NAMES] == null && (varArgs || args.length - PArguments.FIRST_VALUE <= nparams) &&
                        args.length - PArguments.FIRST_VALUE >= required) {
            bound = bindPositional(args, nparams, varArgs);
        } else {
            complexCall.enter();
            BuiltinArgumentErrors.check(this, displayName, qualifiedName, signature, implicitParameters, required, args);
            bound = ArgumentBinder.bind(this, displayName, signature, args, null, null, PNone.NO_VALUE, required);
        }
        return body.call(frame, bound);
    }

    /** The parameters in order, missing ones NO_VALUE, then (for *args) a tuple of the rest. */
    @ExplodeLoop
    private static Object[] bindPositional(Object[] args, int nparams, boolean varArgs) {
        Object[] bound = new Object[varArgs ? nparams + 1 : nparams];
        int given = args.length - PArguments.FIRST_VALUE;
        for (int i = 0; i < nparams; i++) {
            bound[i] = i < given ? args[PArguments.FIRST_VALUE + i] : PNone.NO_VALUE;
        }
        if (varArgs) {
            Object[] rest = given > nparams ? new Object[given - nparams] : new Object[0];
            if (rest.length > 0) {
                System.arraycopy(args, PArguments.FIRST_VALUE + nparams, rest, 0, rest.length);
            }
            bound[nparams] = new PTuple(rest);
        }
        return bound;
    }

    @Override
    public String getName() {
        return displayName;
    }

    @Override
    public boolean isInternal() {
        return true;
    }

    @Override
    public String toString() {
        return "<builtin " + displayName + ">";
    }
}
