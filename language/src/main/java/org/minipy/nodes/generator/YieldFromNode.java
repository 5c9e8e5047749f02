package org.minipy.nodes.generator;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/**
 * {@code yield from iterable}: yields what the iterator yields, passing on to it what is sent and thrown in
 * (gen_send_ex and _gen_throw delegating to gi_yieldfrom); its value is the delegate's return value, the
 * value of the StopIteration that ends it. The delegate waits in a frame slot while the generator is
 * suspended here.
 */
public final class YieldFromNode extends ExpressionNode {
    @Child private ExpressionNode iterable;
    @Child private PyObjectGetIterNode getIter = PyObjectGetIterNode.create();
    @Child private GeneratorResumeNode resumeGenerator = GeneratorResumeNode.create();
    @Child private PyIterNextNode next = PyIterNextNode.create();
    @Child private GetClassNode getClass = GetClassNode.create();
    private final int stateSlot;
    private final int delegateSlot;
    private final int generatorSlot;

    public YieldFromNode(ExpressionNode iterable, int stateSlot, int delegateSlot, int generatorSlot) {
        this.iterable = iterable;
        this.stateSlot = stateSlot;
        this.delegateSlot = delegateSlot;
        this.generatorSlot = generatorSlot;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        PGenerator generator = (PGenerator) frame.getObject(generatorSlot);
        Object delegate;
        Object[] outcome = new Object[1];
        boolean ended;
        if (frame.getInt(stateSlot) != 0) {
            frame.setInt(stateSlot, 0);
            delegate = frame.getObject(delegateSlot);
            frame.setObject(delegateSlot, null);
            generator.setDelegate(null);
            Object sent = generator.takeSent();
            ended = sent == null ? throwInto(delegate, generator.takeThrown(), outcome) : send(delegate, sent, outcome);
        } else {
            delegate = getIter.execute(iterable.executeGeneric(frame));
            ended = send(delegate, PNone.NONE, outcome);
        }
        if (ended) {
            return outcome[0];
        }
        frame.setInt(stateSlot, 1);
        frame.setObject(delegateSlot, delegate);
        generator.setDelegate(delegate);
        throw new YieldException(outcome[0]);
    }

    /** One step of the delegate with {@code sent}: true when it ended, with its return value in outcome, else the value it yielded. */
    private boolean send(Object delegate, Object sent, Object[] outcome) {
        if (delegate instanceof PGenerator g) {
            Object value = resumeGenerator.execute(g, sent, null);
            return value == null ? ended(outcome, g.takeReturnValue()) : yielded(outcome, value);
        }
        if (sent == PNone.NONE && getClass.execute(delegate).isBuiltin()) {
            Object value = next.execute(delegate);
            return value == null ? ended(outcome, PNone.NONE) : yielded(outcome, value);
        }
        return callDelegate(delegate, sent == PNone.NONE ? "__next__" : "send", sent, outcome);
    }

    /** _gen_throw with a delegate: GeneratorExit closes it and goes on here; other exceptions go to its throw method if it has one. */
    private boolean throwInto(Object delegate, PBaseException thrown, Object[] outcome) {
        if (delegate instanceof PGenerator g && !isGeneratorExit(thrown)) {
            Object value = resumeGenerator.execute(g, null, thrown);
            return value == null ? ended(outcome, g.takeReturnValue()) : yielded(outcome, value);
        }
        if (isGeneratorExit(thrown)) {
            GeneratorClose.closeDelegate(this, delegate);
            throw PRaiseNode.raise(this, thrown);
        }
        if (PyObjectGetAttrNode.lookup(delegate, "throw") == null) {
            throw PRaiseNode.raise(this, thrown);
        }
        return callDelegate(delegate, "throw", thrown, outcome);
    }

    @TruffleBoundary
    private static boolean isGeneratorExit(PBaseException exception) {
        return GetClassNode.getUncached().execute(exception).isSubclassOf(PythonBuiltinClassType.GeneratorExit);
    }

    /** A user iterator's __next__, send or throw: the StopIteration it raises ends it with its value. */
    @TruffleBoundary
    private boolean callDelegate(Object delegate, String method, Object argument, Object[] outcome) {
        CompilerDirectives.transferToInterpreter();
        try {
            Object bound = PyObjectGetAttrNode.getUncached().execute(delegate, method);
            Object value = method.equals("__next__") ? PyObjectCallNode.getUncached().execute(bound, PArguments.ofPositional())
                            : PyObjectCallNode.getUncached().execute(bound, PArguments.ofPositional(argument));
            return yielded(outcome, value);
        } catch (PException e) {
            if (e.isOfType(PythonBuiltinClassType.StopIteration)) {
                return ended(outcome, PyObjectGetAttrNode.getUncached().execute(e.getPythonException(), "value"));
            }
            throw e;
        }
    }

    private static boolean ended(Object[] outcome, Object value) {
        outcome[0] = value;
        return true;
    }

    private static boolean yielded(Object[] outcome, Object value) {
        outcome[0] = value;
        return false;
    }
}
