package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.Descriptors;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PProperty;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code property} (Objects/descrobject.c property_*): the getter, setter and deleter of a computed attribute. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.property)
public final class PropertyBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return PropertyBuiltinsFactory.getFactories();
    }

    /** The function as the property keeps it: None counts as none. */
    private static Object function(Object f) {
        return f == PNone.NO_VALUE || f == PNone.NONE ? null : f;
    }

    private static Object orNone(Object f) {
        return f == null ? PNone.NONE : f;
    }

    /** property_init_impl: the name is the getter's {@code __name__}, if it has one. */
    @TruffleBoundary
    static PProperty create(Object getter, Object setter, Object deleter, Object doc, String name) {
        String propertyName = name;
        if (propertyName == null && getter != null && PyObjectGetAttrNode.lookup(getter, "__name__") instanceof String s) {
            propertyName = s;
        }
        return new PProperty(getter, setter, deleter, doc == PNone.NO_VALUE ? PNone.NONE : doc, propertyName);
    }

    @Builtin(name = "__new__", parameters = {"cls", "fget", "fset", "fdel", "doc"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class PropertyNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        static Object create(Object[] bound) {
            return PropertyBuiltins.create(function(bound[1]), function(bound[2]), function(bound[3]), bound[4], null);
        }
    }

    // property_copy, for @x.getter, @x.setter, @x.deleter: a new property with one function replaced

    @Builtin(name = "getter", parameters = {"self", "function"})
    @GenerateNodeFactory
    public abstract static class GetterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object copy(PProperty self, Object function) {
            return create(function(function), self.getSetter(), self.getDeleter(), self.getDoc(), self.getName());
        }
    }

    @Builtin(name = "setter", parameters = {"self", "function"})
    @GenerateNodeFactory
    public abstract static class SetterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object copy(PProperty self, Object function) {
            return create(self.getGetter(), function(function), self.getDeleter(), self.getDoc(), self.getName());
        }
    }

    @Builtin(name = "deleter", parameters = {"self", "function"})
    @GenerateNodeFactory
    public abstract static class DeleterNode extends PythonBinaryBuiltinNode {
        @Specialization
        static Object copy(PProperty self, Object function) {
            return create(self.getGetter(), self.getSetter(), function(function), self.getDoc(), self.getName());
        }
    }

    @Builtin(name = "fget", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FGetNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PProperty self) {
            return orNone(self.getGetter());
        }
    }

    @Builtin(name = "fset", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FSetNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PProperty self) {
            return orNone(self.getSetter());
        }
    }

    @Builtin(name = "fdel", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class FDelNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PProperty self) {
            return orNone(self.getDeleter());
        }
    }

    @Builtin(name = "__doc__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class DocNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object get(PProperty self) {
            return self.getDoc();
        }
    }

    /** property_get___name__. */
    @Builtin(name = "__name__", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class NameNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object get(PProperty self) {
            if (self.getName() == null) {
                throw PRaiseNode.raise(this, AttributeError, "'property' object has no attribute '__name__'");
            }
            return self.getName();
        }
    }

    /** property_descr_get. */
    @Builtin(name = "__get__", parameters = {"self", "instance", "owner"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object get(PProperty self, Object instance, Object owner) {
            if (instance == PNone.NONE) {
                if (owner == PNone.NONE || owner == PNone.NO_VALUE) {
                    throw PRaiseNode.raise(this, TypeError, "__get__(None, None) is invalid");
                }
                return self;
            }
            return Descriptors.propertyGet(this, self, instance);
        }
    }

    /** property_descr_set with a value. */
    @Builtin(name = "__set__", parameters = {"self", "instance", "value"})
    @GenerateNodeFactory
    public abstract static class SetNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object set(PProperty self, Object instance, Object value) {
            Descriptors.set(this, self, instance, value);
            return PNone.NONE;
        }
    }

    /** property_descr_set without a value. */
    @Builtin(name = "__delete__", parameters = {"self", "instance"})
    @GenerateNodeFactory
    public abstract static class DeleteNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delete(PProperty self, Object instance) {
            Descriptors.set(this, self, instance, null);
            return PNone.NONE;
        }
    }

    /** property_set_name: the name the error messages use. */
    @Builtin(name = "__set_name__", parameters = {"self", "owner", "name"})
    @GenerateNodeFactory
    public abstract static class SetNameNode extends PythonTernaryBuiltinNode {
        @Specialization
        static Object setName(PProperty self, @SuppressWarnings("unused") Object owner, Object name) {
            if (name instanceof String s) {
                self.setName(s);
            }
            return PNone.NONE;
        }
    }
}
