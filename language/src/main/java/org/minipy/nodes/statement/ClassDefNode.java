package org.minipy.nodes.statement;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.source.SourceSection;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.ExpressionNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.StatementNode;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.local.WriteTargetNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PException;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.Signature;

import static org.minipy.runtime.PythonBuiltinClassType.NameError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code class Name(Base): body}: makes the class, then runs the body with the class's dict as its
 * namespace (the body's names are class locals, its functions become methods).
 */
public final class ClassDefNode extends ExpressionNode {
    private final String name;
    private final String qualname;
    @Children private final ExpressionNode[] bases;
    private final RootCallTarget body;
    private final int[] closureSlots;

    public ClassDefNode(String name, String qualname, ExpressionNode[] bases, RootCallTarget body, int[] closureSlots) {
        this.name = name;
        this.qualname = qualname;
        this.bases = bases;
        this.body = body;
        this.closureSlots = closureSlots;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] baseValues = new Object[bases.length];
        for (int i = 0; i < bases.length; i++) {
            baseValues[i] = bases[i].executeGeneric(frame);
        }
        PCell[] closure = new PCell[closureSlots.length];
        for (int i = 0; i < closureSlots.length; i++) {
            closure[i] = (PCell) frame.getObject(closureSlots[i]);
        }
        Object callee = PArguments.getCallee(frame.getArguments());
        PModule globals = callee instanceof PFunction f ? f.getGlobals() : (PModule) callee;
        return create(baseValues, closure, globals);
    }

    @TruffleBoundary
    private PythonClass create(Object[] baseValues, PCell[] closure, PModule globals) {
        PythonClass[] bases = new PythonClass[Math.max(baseValues.length, 1)];
        if (baseValues.length == 0) {
            bases[0] = MiniPyContext.get(this).getBuiltinClass(PythonBuiltinClassType.object);
        }
        for (int i = 0; i < baseValues.length; i++) {
            if (!(baseValues[i] instanceof PythonClass c)) {
                throw PRaiseNode.raise(this, TypeError, "bases must be types");
            }
            if (c.isBuiltin() && !c.getBuiltinClassType().isAcceptableBase()) {
                throw PRaiseNode.raise(this, TypeError, "type '%s' is not an acceptable base type", c.getName());
            }
            bases[i] = c;
        }
        PythonClass base = bestBase(bases);
        for (int i = 0; i < bases.length; i++) {
            for (int j = 0; j < i; j++) {
                if (bases[i] == bases[j]) {
                    throw PRaiseNode.raise(this, TypeError, "duplicate base class %s", bases[i].getName());
                }
            }
        }
        PythonClass cls;
        try {
            cls = new PythonClass(name, base, bases);
        } catch (IllegalArgumentException e) {
            throw PRaiseNode.raise(this, TypeError, "%s", e.getMessage());
        }
        cls.setAttribute("__module__", globals.getName());
        cls.setAttribute("__qualname__", qualname);
        PFunction bodyFunction = new PFunction(name, qualname, body, new Signature(name, new String[]{"__class__"}, 1, new String[0], null, null),
                        new Object[0], new Object[0], closure, globals);
        Object[] args = PArguments.ofPositional(cls);
        args[PArguments.CALLEE] = bodyFunction;
        try {
            body.call(this, args);
        } catch (PException e) {
            throw e.passedCallSite(this);
        }
        cls.ready();
        return cls;
    }

    /**
     * best_base: the base whose instance layout (the builtin class its instances are made of) derives from all
     * the others'; exception classes count as one layout, as most of CPython's do.
     */
    private PythonClass bestBase(PythonClass[] bases) {
        PythonClass winner = null;
        PythonBuiltinClassType winnerLayout = null;
        for (PythonClass b : bases) {
            PythonBuiltinClassType layout = b.getBuiltinBase().isExceptionType() ? PythonBuiltinClassType.BaseException : b.getBuiltinBase();
            if (winner == null || (layout != winnerLayout && derives(layout, winnerLayout))) {
                winner = b;
                winnerLayout = layout;
            } else if (!derives(winnerLayout, layout)) {
                throw PRaiseNode.raise(this, TypeError, "multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    private static boolean derives(PythonBuiltinClassType type, PythonBuiltinClassType base) {
        for (PythonBuiltinClassType t = type; t != null; t = t.getBase()) {
            if (t == base) {
                return true;
            }
        }
        return false;
    }

    public static ExpressionNode readClassLocal(String name) {
        return new ReadClassLocalNode(name);
    }

    public static ExpressionNode readClassFree(String name, int slot) {
        return new ReadClassFreeNode(name, slot);
    }

    public static WriteTargetNode writeClassLocal(String name) {
        return new WriteClassLocalNode(name);
    }

    static PythonClass currentClass(VirtualFrame frame) {
        return (PythonClass) frame.getArguments()[PArguments.FIRST_VALUE];
    }

    /** The root of a class body. */
    public static final class Body extends MiniPyRootNode {
        @Child private StatementNode block;
        private final int classSlot;
        /** Slots receiving the closure's cells: the enclosing functions' variables the body or its methods use. */
        @CompilationFinal(dimensions = 1) private final int[] freeSlots;

        public Body(MiniPyLanguage language, FrameDescriptor descriptor, SourceSection section, String name, StatementNode block, int classSlot,
                        int[] freeSlots) {
            super(language, descriptor, section, name);
            this.block = block;
            this.classSlot = classSlot;
            this.freeSlots = freeSlots;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PCell cell = new PCell();
            cell.setRef(currentClass(frame));
            frame.setObject(classSlot, cell);
            PCell[] closure = ((PFunction) PArguments.getCallee(frame.getArguments())).getClosure();
            for (int i = 0; i < freeSlots.length; i++) {
                frame.setObject(freeSlots[i], closure[i]);
            }
            block.executeVoid(frame);
            return PNone.NONE;
        }
    }

    /** A name read in a class body: the class namespace, then globals, then builtins (LOAD_NAME). */
    static final class ReadClassLocalNode extends ExpressionNode {
        private final String name;

        ReadClassLocalNode(String name) {
            this.name = name;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            PythonClass cls = currentClass(frame);
            PModule globals = ((PFunction) PArguments.getCallee(frame.getArguments())).getGlobals();
            return lookup(cls, globals);
        }

        @TruffleBoundary
        private Object lookup(PythonClass cls, PModule globals) {
            Object v = cls.getOwn(name);
            if (v == null) {
                v = globals.get(name);
            }
            if (v == null) {
                v = MiniPyContext.get(this).getBuiltins().get(name);
            }
            if (v == null) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
            return v;
        }
    }

    /**
     * A free variable read in a class body (LOAD_FROM_DICT_OR_DEREF): the class namespace first, then the
     * enclosing function's cell.
     */
    static final class ReadClassFreeNode extends ExpressionNode {
        private final String name;
        private final int slot;

        ReadClassFreeNode(String name, int slot) {
            this.name = name;
            this.slot = slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = ownAttribute(currentClass(frame));
            if (v == null) {
                v = ((PCell) frame.getObject(slot)).getRef();
                if (v == null) {
                    throw PRaiseNode.raise(this, NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                                    name);
                }
            }
            return v;
        }

        @TruffleBoundary
        private Object ownAttribute(PythonClass cls) {
            return cls.getOwn(name);
        }
    }

    /** A name bound in a class body: an entry of the class namespace. */
    static final class WriteClassLocalNode extends WriteTargetNode {
        private final String name;

        WriteClassLocalNode(String name) {
            this.name = name;
        }

        @Override
        public void executeWrite(VirtualFrame frame, Object value) {
            currentClass(frame).setAttribute(name, value);
        }

        @Override
        public void executeDelete(VirtualFrame frame) {
            if (!currentClass(frame).removeAttribute(name)) {
                throw PRaiseNode.raise(this, NameError, "name '%s' is not defined", name);
            }
        }
    }

}
