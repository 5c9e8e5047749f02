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
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * Methods of {@code BaseException}, inherited by every exception class: the {@code __new__} found along
 * the MRO builds {@code ValueError(...)} and its relatives (Objects/exceptions.c).
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.BaseException)
public final class ExceptionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ExceptionBuiltinsFactory.getFactories();
    }

    // BaseException_new, with BaseException_init's refusal of keywords: minipy runs no __init__ for builtin classes
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class BaseExceptionNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PBaseException create(Object cls, PTuple args, PDict kwargs) {
            if (!(cls instanceof PythonClass c)) {
                throw PRaiseNode.raise(this, TypeError, "BaseException.__new__(X): X is not a type object (%s)",
                                GetClassNode.getUncached().execute(cls).getName());
            }
            if (!c.isSubclassOf(PythonBuiltinClassType.BaseException)) {
                throw PRaiseNode.raise(this, TypeError, "BaseException.__new__(%s): %s is not a subtype of BaseException", c.getName(), c.getName());
            }
            if (c.isBuiltin()) {
                BuiltinArguments.noKeywords(this, c.getName(), kwargs);
                return new PBaseException(c.getBuiltinClassType(), null, args);
            }
            return new PBaseException(c.getBuiltinBase(), c, args);
        }
    }

    // BaseException_init
    @Builtin(name = "__init__", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class BaseExceptionInitNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object init(Object[] bound) {
            PBaseException self = checkSelf(this, "__init__", bound[0]);
            BuiltinArguments.noKeywords(this, GetClassNode.getUncached().execute(self).getName(), (PDict) bound[2]);
            self.setArgs((PTuple) bound[1]);
            return PNone.NONE;
        }
    }

    // BaseException_str, and KeyError_str for KeyError and its subclasses
    @Builtin(name = "__str__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class BaseExceptionStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object str(Object self) {
            PBaseException e = checkSelf(this, "__str__", self);
            PTuple args = e.getArgs();
            if (args.size() == 0) {
                return "";
            } else if (args.size() > 1) {
                return PyObjectReprNode.getUncached().execute(args);
            }
            boolean keyError = GetClassNode.getUncached().execute(e).isSubclassOf(PythonBuiltinClassType.KeyError);
            return keyError ? PyObjectReprNode.getUncached().execute(args.get(0)) : PyObjectStrNode.getUncached().execute(args.get(0));
        }
    }

    // BaseException_repr
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class BaseExceptionReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object repr(Object self) {
            PBaseException e = checkSelf(this, "__repr__", self);
            String name = GetClassNode.getUncached().execute(e).getName();
            PTuple args = e.getArgs();
            PyObjectReprNode repr = PyObjectReprNode.getUncached();
            return args.size() == 1 ? name + "(" + repr.execute(args.get(0)) + ")" : name + repr.execute(args);
        }
    }

    // BaseException_with_traceback: PyException_SetTraceback checks and stores tb as assigning __traceback__ does
    @Builtin(name = "with_traceback", parameters = {"self", "tb"})
    @GenerateNodeFactory
    public abstract static class WithTracebackNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object withTraceback(Object self, Object tb, @Cached PyObjectSetAttrNode setAttr) {
            PBaseException e = checkSelf(this, "with_traceback", self);
            setAttr.execute(e, "__traceback__", tb);
            return e;
        }
    }

    // BaseException_add_note
    @Builtin(name = "add_note", parameters = {"self", "note"})
    @GenerateNodeFactory
    public abstract static class AddNoteNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object addNote(Object self, Object note) {
            PBaseException e = checkSelf(this, "add_note", self);
            if (!(note instanceof String)) {
                throw PRaiseNode.raise(this, TypeError, "note must be a str, not '%s'", GetClassNode.getUncached().execute(note).getName());
            }
            Object notes = e.getAttribute("__notes__");
            if (notes == null) {
                notes = new PList();
                e.setAttribute("__notes__", notes);
            }
            if (!(notes instanceof PList list)) {
                throw PRaiseNode.raise(this, TypeError, "Cannot add note: __notes__ is not a list");
            }
            list.append(note);
            return PNone.NONE;
        }
    }

    /** The receiver check of a method called through the class, as method descriptors make it. */
    @TruffleBoundary
    static PBaseException checkSelf(PythonBuiltinNode node, String method, Object self) {
        if (self instanceof PBaseException e) {
            return e;
        }
        throw PRaiseNode.raise(node, TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", method,
                        GetClassNode.getUncached().execute(self).getName());
    }
}
