package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.generator.GeneratorClose;
import org.minipy.nodes.generator.GeneratorResumeNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PFrame;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The generator type (Objects/genobject.c): next, send, throw, close and the gi_ attributes. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.generator)
public final class GeneratorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return GeneratorBuiltinsFactory.getFactories();
    }

    @Builtin(name = "__iter__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object iter(PGenerator self) {
            return self;
        }
    }

    // gen_iternext: the end is a StopIteration with the return value
    @Builtin(name = "__next__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object next(PGenerator self, @Cached GeneratorResumeNode resume) {
            Object value = resume.execute(self, PNone.NONE, null);
            if (value == null) {
                throw GeneratorResumeNode.stopIteration(this, self.takeReturnValue());
            }
            return value;
        }
    }

    // gen_send
    @Builtin(name = "send", parameters = {"self", "value"})
    @GenerateNodeFactory
    public abstract static class SendNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object send(PGenerator self, Object value, @Cached GeneratorResumeNode resume) {
            if (!self.isStarted() && !self.isFinished() && value != PNone.NONE) {
                throw PRaiseNode.raise(this, TypeError, "can't send non-None value to a just-started generator");
            }
            Object result = resume.execute(self, value, null);
            if (result == null) {
                throw GeneratorResumeNode.stopIteration(this, self.takeReturnValue());
            }
            return result;
        }
    }

    // gen_throw and _gen_throw: the exception is made as a raise statement would make it
    @Builtin(name = "throw", parameters = {"self", "typ", "val", "tb"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class ThrowNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object doThrow(PGenerator self, Object typ, Object val, @SuppressWarnings("unused") Object tb, @Cached GeneratorResumeNode resume) {
            PBaseException exception = toException(typ, val);
            Object result = resume.execute(self, null, exception);
            if (result == null) {
                throw GeneratorResumeNode.stopIteration(this, self.takeReturnValue());
            }
            return result;
        }

        @TruffleBoundary
        private PBaseException toException(Object typ, Object val) {
            boolean noValue = val == PNone.NO_VALUE || val == PNone.NONE;
            if (typ instanceof PythonClass cls && cls.isSubclassOf(PythonBuiltinClassType.BaseException)) {
                if (!noValue && GetClassNode.getUncached().execute(val).isSubclassOf(cls)) {
                    return (PBaseException) val;
                }
                Object[] args = noValue ? new Object[0] : val instanceof PTuple t ? t.getItems() : new Object[]{val};
                Object instance = PyObjectCallNode.getUncached().execute(cls, PArguments.ofPositional(args));
                if (instance instanceof PBaseException e) {
                    return e;
                }
                throw PRaiseNode.raise(this, TypeError, "calling %s should have returned an instance of BaseException, not %s", cls.getName(),
                                GetClassNode.getUncached().execute(instance).getName());
            }
            if (typ instanceof PBaseException e) {
                if (!noValue) {
                    throw PRaiseNode.raise(this, TypeError, "instance exception may not have a separate value");
                }
                return e;
            }
            throw PRaiseNode.raise(this, TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                            GetClassNode.getUncached().execute(typ).getName());
        }
    }

    @Builtin(name = "close", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CloseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object close(PGenerator self) {
            return GeneratorClose.close(this, self);
        }
    }

    @Builtin(name = "gi_running", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RunningNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean running(PGenerator self) {
            return self.isRunning();
        }
    }

    @Builtin(name = "gi_suspended", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class SuspendedNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean suspended(PGenerator self) {
            return self.isStarted() && !self.isFinished() && !self.isRunning();
        }
    }

    @Builtin(name = "gi_yieldfrom", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class YieldFromNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object yieldFrom(PGenerator self) {
            return self.getDelegate() == null ? PNone.NONE : self.getDelegate();
        }
    }

    @Builtin(name = "gi_code", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class CodeNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object code(PGenerator self) {
            return ((MiniPyRootNode) self.getResumeTarget().getRootNode()).getCode();
        }
    }

    // the frame while the generator can still run, None once it has finished (minipy's frames know only code and line)
    @Builtin(name = "gi_frame", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FrameNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object frame(PGenerator self) {
            if (self.isFinished()) {
                return PNone.NONE;
            }
            MiniPyRootNode root = (MiniPyRootNode) self.getResumeTarget().getRootNode();
            return new PFrame(root.getCode(), root.getSourceSection().getStartLine());
        }
    }

    @Builtin(name = "__name__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object name(PGenerator self) {
            return self.getName();
        }
    }

    @Builtin(name = "__qualname__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class QualnameNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object qualname(PGenerator self) {
            return self.getQualname();
        }
    }
}
