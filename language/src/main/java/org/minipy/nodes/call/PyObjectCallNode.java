package org.minipy.nodes.call;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.ArityException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.interop.InteropToPythonNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PMethod;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.nodes.object.LookupSpecialMethodNode;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * Calls any callable. The arguments arrive in {@link PArguments} layout with the callee slot still
 * free; a call site that always calls the same code gets a DirectCallNode, which Graal inlines. An
 * exception that leaves the callee notes the call site, for its traceback.
 */
@GenerateUncached
public abstract class PyObjectCallNode extends PyBaseNode {
    public abstract Object execute(Object callee, Object[] arguments);

    public static PyObjectCallNode create() {
        return PyObjectCallNodeGen.create();
    }

    public static PyObjectCallNode getUncached() {
        return PyObjectCallNodeGen.getUncached();
    }

    /** callable(x): whether calling the object can succeed at all. */
    @TruffleBoundary
    public static boolean isCallable(Object callee) {
        if (callee instanceof PFunction || callee instanceof PBuiltinFunction || callee instanceof PMethod || callee instanceof PythonClass) {
            return true;
        }
        if (!(callee instanceof PythonObject) && InteropLibrary.getUncached().isExecutable(callee)) {
            return true;
        }
        return GetClassNode.getUncached().execute(callee).getSlot(SpecialMethodSlot.CALL) != null;
    }

    @Specialization(guards = "callee.getCallTarget() == cachedTarget", limit = "3")
    static Object doFunctionDirect(PFunction callee, Object[] arguments,
                    @Cached("callee.getCallTarget()") @SuppressWarnings("unused") RootCallTarget cachedTarget,
                    @Cached("create(cachedTarget)") DirectCallNode call) {
        arguments[PArguments.CALLEE] = callee;
        try {
            return call.call(arguments);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    @Specialization(replaces = "doFunctionDirect")
    static Object doFunctionIndirect(PFunction callee, Object[] arguments, @Cached IndirectCallNode call) {
        arguments[PArguments.CALLEE] = callee;
        try {
            return call.call(callee.getCallTarget(), arguments);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    @Specialization(guards = "callee == cachedCallee", limit = "3")
    static Object doBuiltinDirect(@SuppressWarnings("unused") PBuiltinFunction callee, Object[] arguments,
                    @Cached("callee") PBuiltinFunction cachedCallee,
                    @Cached("create(cachedCallee.getCallTarget())") DirectCallNode call) {
        arguments[PArguments.CALLEE] = cachedCallee;
        try {
            return call.call(arguments);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    @Specialization(replaces = "doBuiltinDirect")
    static Object doBuiltinIndirect(PBuiltinFunction callee, Object[] arguments, @Cached IndirectCallNode call) {
        arguments[PArguments.CALLEE] = callee;
        try {
            return call.call(callee.getCallTarget(), arguments);
        } catch (PException e) {
            throw e.passedCallSite(call);
        }
    }

    @Specialization
    static Object doMethod(PMethod method, Object[] arguments,
                    @Cached(inline = false) PyObjectCallNode callFunction) {
        return callFunction.execute(method.getFunction(), PArguments.withSelf(arguments, method.getSelf()));
    }

    @Specialization
    static Object doClass(PythonClass cls, Object[] arguments,
                    @Cached(inline = false) ConstructNode construct) {
        return construct.execute(cls, arguments);
    }

    /** Another language's function (a host lambda, a JavaScript function): called with positional arguments. */
    @Specialization(guards = {"!isPythonObject(callee)", "interop.isExecutable(callee)"}, limit = "3")
    static Object doForeign(Object callee, Object[] arguments,
                    @Bind Node node,
                    @CachedLibrary("callee") InteropLibrary interop,
                    @Cached(inline = false) InteropToPythonNode toPython) {
        if (PArguments.getKeywordNames(arguments) != null) {
            throw PRaiseNode.raise(node, TypeError, "foreign functions take no keyword arguments");
        }
        Object[] positional = Arrays.copyOfRange(arguments, PArguments.FIRST_VALUE, arguments.length);
        try {
            return toPython.execute(interop.execute(callee, positional));
        } catch (UnsupportedTypeException | ArityException | UnsupportedMessageException e) {
            throw foreignCallError(node, e);
        }
    }

    @TruffleBoundary
    private static RuntimeException foreignCallError(Node node, Exception e) {
        return PRaiseNode.raise(node, TypeError, "foreign function call failed: %s", e.getMessage());
    }

    static boolean isPythonObject(Object callee) {
        return callee instanceof PythonObject;
    }

    @Fallback
    static Object doOther(Object callee, Object[] arguments,
                    @Bind Node node,
                    @Cached(inline = false) GetClassNode getClass,
                    @Cached(inline = false) LookupSpecialMethodNode lookupCall,
                    @Cached(inline = false) PyObjectCallNode callDunder) {
        Object call = lookupCall.execute(getClass.execute(callee), SpecialMethodSlot.CALL);
        if (call == null) {
            throw notCallable(node, callee);
        }
        return callDunder.execute(call, PArguments.withSelf(arguments, callee));
    }

    @TruffleBoundary
    private static PException notCallable(Node node, Object callee) {
        throw PRaiseNode.raise(node, TypeError, "'%s' object is not callable", GetClassNode.getUncached().execute(callee).getName());
    }
}
