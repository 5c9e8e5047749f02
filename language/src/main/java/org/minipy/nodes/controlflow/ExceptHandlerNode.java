package org.minipy.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.generator.YieldException;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** One {@code except T as name:} clause of a try statement. */
public final class ExceptHandlerNode extends PyNode {
    @Child private ExpressionNode type;
    @Child private WriteTargetNode name;
    @Child private StatementNode body;

    public ExceptHandlerNode(ExpressionNode type, WriteTargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    boolean matches(VirtualFrame frame, PBaseException exception) {
        if (type == null) {
            return true;
        }
        return matchesType(exception, type.executeGeneric(frame));
    }

    @TruffleBoundary
    private boolean matchesType(PBaseException exception, Object expected) {
        if (expected instanceof PTuple tuple) {
            boolean any = false;
            for (Object t : tuple.getItems()) {
                any |= matchesType(exception, t);
            }
            return any;
        }
        if (!(expected instanceof PythonClass cls) || !cls.isSubclassOf(PythonBuiltinClassType.BaseException)) {
            throw PRaiseNode.raise(this, TypeError, "catching classes that do not inherit from BaseException is not allowed");
        }
        return GetClassNode.getUncached().execute(exception).isSubclassOf(cls);
    }

    void execute(VirtualFrame frame, PBaseException exception) {
        if (name == null) {
            body.executeVoid(frame);
            return;
        }
        name.executeWrite(frame, exception);
        try {
            body.executeVoid(frame);
        } finally {
            // CPython deletes the name at the end of the handler (to break reference cycles)
            name.executeWrite(frame, null);
        }
    }

    /**
     * The handler in a generator: {@code resumed} goes back into the body where a yield suspended it, with the
     * name still bound; a yield leaves the name bound for that.
     */
    void executeInGenerator(VirtualFrame frame, PBaseException exception, boolean resumed) {
        if (name != null && !resumed) {
            name.executeWrite(frame, exception);
        }
        try {
            body.executeVoid(frame);
        } catch (YieldException e) {
            throw e;
        } catch (Throwable e) {
            deleteName(frame);
            throw e;
        }
        deleteName(frame);
    }

    private void deleteName(VirtualFrame frame) {
        if (name != null) {
            name.executeWrite(frame, null);
        }
    }
}
