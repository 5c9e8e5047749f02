package org.minipy.nodes.function;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.profiles.BranchProfile;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.call.ArgumentBinder;
import org.minipy.nodes.controlflow.ReturnException;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.RecursionError;

/**
 * The root of a Python function: binds the arguments to the parameter slots, makes the cells of
 * variables that inner functions capture, copies in the closure's cells, and runs the body.
 */
public final class FunctionRootNode extends MiniPyRootNode {
    @Child private StatementNode body;
    private final Signature signature;
    /** Frame slots of the parameters, in binding order (see {@link Signature#boundCount()}). */
    @CompilationFinal(dimensions = 1) private final int[] parameterSlots;
    /** Slots of variables captured by inner functions (parameters among them are wrapped after binding). */
    @CompilationFinal(dimensions = 1) private final int[] cellSlots;
    /** Slots receiving the function's closure cells, in closure order. */
    @CompilationFinal(dimensions = 1) private final int[] freeSlots;
    /** The parameter names, when the signature has no *args, **kwargs or keyword-only parameters; else null. */
    @CompilationFinal(dimensions = 1) private final String[] plainParameters;
    private final BranchProfile slowBinding = BranchProfile.create();

    public FunctionRootNode(MiniPyLanguage language, FrameDescriptor descriptor, SourceSection section, String name, StatementNode body,
                    Signature signature, int[] parameterSlots, int[] cellSlots, int[] freeSlots) {
        super(language, descriptor, section, name);
        this.body = body;
        this.signature = signature;
        this.parameterSlots = parameterSlots;
        this.cellSlots = cellSlots;
        this.freeSlots = freeSlots;
        this.plainParameters = signature.boundCount() == signature.positionalCount() ? signature.parameters() : null;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        MiniPyContext context = MiniPyContext.get(this);
        if (!context.enterFrame()) {
            context.exitFrame();
            // no location in this frame: the traceback ends at the caller's call, as CPython's does
            throw PRaiseNode.raise(null, RecursionError, "maximum recursion depth exceeded");
        }
        try {
            bindArguments(frame);
            body.executeVoid(frame);
            return PNone.NONE;
        } catch (ReturnException e) {
            return e.getValue();
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw PRaiseNode.raise(null, RecursionError, "maximum recursion depth exceeded");
        } catch (OutOfMemoryError e) {
            throw PRaiseNode.exhausted(e);
        } finally {
            context.exitFrame();
        }
    }

    @ExplodeLoop
    private void bindArguments(VirtualFrame frame) {
        Object[] args = frame.getArguments();
        PFunction function = (PFunction) args[PArguments.CALLEE];
        int nparams = parameterSlots.length;
        if (args[PArguments.KEYWORD_NAMES] == null && args.length - PArguments.FIRST_VALUE == nparams && signature.takesExactly(nparams)) {
            for (int i = 0; i < nparams; i++) {
                frame.setObject(parameterSlots[i], args[PArguments.FIRST_VALUE + i]);
            }
        } else if (plainParameters == null || !bindWithDefaultsAndKeywords(frame, args, function)) {
            slowBinding.enter();
            // no location: CPython binds the arguments before the frame runs, so the traceback ends at the call
            // the messages name the function by its __qualname__, as initialize_locals does
            Object[] bound = ArgumentBinder.bind(null, function.getQualname(), signature, args, function.getDefaults(), function.getKwDefaults(), null, 0);
            for (int i = 0; i < nparams; i++) {
                frame.setObject(parameterSlots[i], bound[i]);
            }
        }
        for (int i = 0; i < cellSlots.length; i++) {
            PCell cell = new PCell();
            cell.setRef(frame.getObject(cellSlots[i]));
            frame.setObject(cellSlots[i], cell);
        }
        PCell[] closure = function.getClosure();
        for (int i = 0; i < freeSlots.length; i++) {
            frame.setObject(freeSlots[i], closure[i]);
        }
    }

    /**
     * The common calls that do not bind one to one, in compiled code: fewer positional arguments than
     * parameters, the rest from keywords and defaults, for a signature without collectors. False
     * (whatever was stored) when the call needs ArgumentBinder: it also raises the errors.
     */
    @ExplodeLoop
    private boolean bindWithDefaultsAndKeywords(VirtualFrame frame, Object[] args, PFunction function) {
        String[] keywordNames = PArguments.getKeywordNames(args);
        int nkeywords = keywordNames == null ? 0 : keywordNames.length;
        int npositional = args.length - PArguments.FIRST_VALUE - nkeywords;
        int nparams = plainParameters.length;
        if (npositional > nparams) {
            return false;
        }
        Object[] defaults = function.getDefaults();
        int firstDefault = nparams - (defaults == null ? 0 : defaults.length);
        int matched = 0;
        for (int i = 0; i < nparams; i++) {
            Object value = null;
            if (i < npositional) {
                value = args[PArguments.FIRST_VALUE + i];
            } else {
                if (i >= signature.positionalOnly()) {
                    int k = indexOf(keywordNames, nkeywords, plainParameters[i]);
                    if (k >= 0) {
                        value = args[PArguments.FIRST_VALUE + npositional + k];
                        matched++;
                    }
                }
                if (value == null) {
                    if (i < firstDefault) {
                        return false;
                    }
                    value = defaults[i - firstDefault];
                }
            }
            frame.setObject(parameterSlots[i], value);
        }
        // a keyword that named no parameter, or one already given by position
        return matched == nkeywords;
    }

    /** Identity first: names from source are interned, so with constant names this folds in compiled code. */
    private static int indexOf(String[] names, int count, String name) {
        for (int k = 0; k < count; k++) {
            if (names[k] == name) {
                return k;
            }
        }
        return indexOfEqual(names, count, name);
    }

    /** Keyword names that come from a ** mapping or another language need not be interned. */
    private static int indexOfEqual(String[] names, int count, String name) {
        for (int k = 0; k < count; k++) {
            if (names[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }
}
