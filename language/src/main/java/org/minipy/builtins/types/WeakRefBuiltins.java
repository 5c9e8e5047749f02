package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.runtime.ObjectHash;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.ObjectRepr;
import org.minipy.nodes.operators.RichCompare;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PWeakRef;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The class {@code weakref.ref}, alias {@code weakref.ReferenceType} (Objects/weakrefobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.ReferenceType)
public final class WeakRefBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return WeakRefBuiltinsFactory.getFactories();
    }

    private static PWeakRef self(Node node, Object self, String method) {
        if (self instanceof PWeakRef ref) {
            return ref;
        }
        throw PRaiseNode.raise(node, TypeError, "descriptor '%s' requires a 'weakref.ReferenceType' object but received a '%s'", method,
                        GetClassNode.getUncached().execute(self).getName());
    }

    // weakref___new__: a new reference each time (CPython shares the callback-less one; `is` between two refs to
    // one object is the only difference)
    @Builtin(name = "__new__", parameters = {"cls", "ob", "callback"}, positionalOnly = 3, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class WeakRefNewNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object create(@SuppressWarnings("unused") Object cls, Object ob, Object callback) {
            if (!PWeakRef.isReferenceable(ob)) {
                throw PRaiseNode.raise(this, TypeError, "cannot create weak reference to '%s' object", GetClassNode.getUncached().execute(ob).getTypeName());
            }
            boolean hasCallback = callback != PNone.NO_VALUE && callback != PNone.NONE;
            PWeakRef ref = new PWeakRef(ob, hasCallback ? callback : PNone.NONE);
            if (hasCallback) {
                MiniPyContext.get(this).getWeakRefCallbacks().register(ref);
            }
            return ref;
        }
    }

    // weakref_vectorcall: the referent, or None once it is gone
    @Builtin(name = "__call__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class WeakRefCallNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object call(Object self) {
            Object referent = self(this, self, "__call__").get();
            return referent == null ? PNone.NONE : referent;
        }
    }

    // weakref_hash: the referent's hash, remembered so that it outlives the referent
    @Builtin(name = "__hash__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class WeakRefHashNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object hash(Object self) {
            PWeakRef ref = self(this, self, "__hash__");
            if (ref.getHash() != -1) {
                return ref.getHash();
            }
            Object referent = ref.get();
            if (referent == null) {
                throw PRaiseNode.raise(this, TypeError, "weak object has gone away");
            }
            long hash = ObjectHash.hash(this, referent);
            ref.setHash(hash);
            return hash;
        }
    }

    // weakref_richcompare: two live references compare their referents, otherwise they are equal only to themselves
    @Builtin(name = "__eq__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class WeakRefEqNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object eq(Object self, Object other) {
            return equal(this, self(this, self, "__eq__"), other);
        }
    }

    @Builtin(name = "__ne__", parameters = {"self", "other"})
    @GenerateNodeFactory
    public abstract static class WeakRefNeNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object ne(Object self, Object other) {
            Object result = equal(this, self(this, self, "__ne__"), other);
            return result instanceof Boolean b ? !b : result;
        }
    }

    @TruffleBoundary
    static Object equal(Node node, PWeakRef self, Object other) {
        if (!(other instanceof PWeakRef otherRef)) {
            return PNotImplemented.INSTANCE;
        }
        Object a = self.get();
        Object b = otherRef.get();
        if (a == null || b == null) {
            return self == otherRef;
        }
        return RichCompare.eq(node, a, b);
    }

    // weakref_repr
    @Builtin(name = "__repr__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class WeakRefReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object repr(Object self) {
            return repr(self(this, self, "__repr__"));
        }

        @TruffleBoundary
        private static String repr(PWeakRef ref) {
            Object referent = ref.get();
            if (referent == null) {
                return "<weakref at " + ObjectRepr.address(ref) + "; dead>";
            }
            PythonClass cls = GetClassNode.getUncached().execute(referent);
            return "<weakref at " + ObjectRepr.address(ref) + "; to '" + cls.getTypeName() + "' at " + ObjectRepr.address(referent) + ">";
        }
    }
}
