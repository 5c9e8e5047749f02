package org.minipy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;

/**
 * A function or method implemented in Java; {@code owner} is the class for methods, else null. Its
 * root node is made on the first call, so that start-up does not build every builtin.
 */
public final class PBuiltinFunction extends PythonObject {
    private final String name;
    private final PythonClass owner;
    private final Signature signature;
    private final boolean isClassmethod;
    private final boolean isGetter;
    private final Supplier<RootNode> rootFactory;
    private volatile RootCallTarget callTarget;

    public PBuiltinFunction(String name, PythonClass owner, Signature signature, boolean isClassmethod, boolean isGetter,
                    Supplier<RootNode> rootFactory) {
        this.name = name;
        this.owner = owner;
        this.signature = signature;
        this.isClassmethod = isClassmethod;
        this.isGetter = isGetter;
        this.rootFactory = rootFactory;
    }

    public String getName() {
        return name;
    }

    public PythonClass getOwner() {
        return owner;
    }

    public Signature getSignature() {
        return signature;
    }

    public boolean isClassmethod() {
        return isClassmethod;
    }

    public boolean isGetter() {
        return isGetter;
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget target = callTarget;
        if (target == null) {
            target = createCallTarget();
        }
        return target;
    }

    @TruffleBoundary
    private synchronized RootCallTarget createCallTarget() {
        if (callTarget == null) {
            callTarget = rootFactory.get().getCallTarget();
        }
        return callTarget;
    }

    @Override
    public PythonBuiltinClassType getBuiltinType() {
        return PythonBuiltinClassType.builtin_function_or_method;
    }
}
