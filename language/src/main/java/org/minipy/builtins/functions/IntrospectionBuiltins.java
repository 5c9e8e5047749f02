package org.minipy.builtins.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.function.ModuleRootNode;
import org.minipy.nodes.function.MiniPyRootNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.runtime.GlobalSlot;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBuiltinFunction;
import org.minipy.runtime.PCell;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PObject;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

/**
 * The builtins with which a program looks at its own namespaces: {@code globals()}, {@code locals()},
 * {@code vars()} and {@code dir()}. The namespaces they return are snapshots: a module's globals are slots, not a
 * dict, so writing into the dict {@code globals()} returns does not change the module.
 */
@CoreFunctions(defineModule = "builtins")
public final class IntrospectionBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return IntrospectionBuiltinsFactory.getFactories();
    }

    /** The innermost frame of Python code: the one that called the builtin. */
    @TruffleBoundary
    private static Frame callerFrame() {
        return Truffle.getRuntime().iterateFrames((FrameInstance f) -> {
            if (f.getCallTarget() instanceof RootCallTarget target && target.getRootNode() instanceof MiniPyRootNode) {
                return f.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            }
            return null;
        });
    }

    private static PModule globalsOf(Frame frame) {
        Object callee = PArguments.getCallee(frame.getArguments());
        return callee instanceof PFunction f ? f.getGlobals() : (PModule) callee;
    }

    /** The names bound in a module, with their values, in the order they were first bound. */
    private static Map<String, Object> moduleNames(PModule module) {
        Map<String, Object> names = new LinkedHashMap<>();
        for (GlobalSlot slot : module.getSlots().values()) {
            if (slot.getValue() != null) {
                names.put(slot.getName(), slot.getValue());
            }
        }
        return names;
    }

    /** locals(): a module's names at module level; else the function's bound variables (cells read through). */
    private static Map<String, Object> localNames(Frame frame) {
        if (frame == null) {
            return new LinkedHashMap<>();
        }
        Object callee = PArguments.getCallee(frame.getArguments());
        if (callee instanceof PModule module) {
            return moduleNames(module);
        }
        Map<String, Object> names = new LinkedHashMap<>();
        FrameDescriptor descriptor = frame.getFrameDescriptor();
        for (int slot = 0; slot < descriptor.getNumberOfSlots(); slot++) {
            if (!(descriptor.getSlotName(slot) instanceof String name) || name.startsWith("<")) {
                continue;
            }
            Object value = frame.getValue(slot);
            if (value instanceof PCell cell) {
                value = cell.getRef();
            }
            if (value != null) {
                names.put(name, value);
            }
        }
        return names;
    }

    private static PDict toDict(Map<String, Object> names) {
        PDict dict = new PDict();
        for (Map.Entry<String, Object> e : names.entrySet()) {
            dict.put(e.getKey(), e.getValue());
        }
        return dict;
    }

    // builtin_globals_impl
    @Builtin(name = "globals")
    @GenerateNodeFactory
    public abstract static class GlobalsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object globals(@SuppressWarnings("unused") Object[] bound) {
            Frame frame = callerFrame();
            return frame == null ? new PDict() : toDict(moduleNames(globalsOf(frame)));
        }
    }

    // builtin_locals_impl
    @Builtin(name = "locals")
    @GenerateNodeFactory
    public abstract static class LocalsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        static Object locals(@SuppressWarnings("unused") Object[] bound) {
            return toDict(localNames(callerFrame()));
        }
    }

    // builtin_vars_impl: the object's __dict__, or locals() without an argument
    @Builtin(name = "vars", parameters = {"object"}, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class VarsNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object vars(Object object) {
            if (object == PNone.NO_VALUE) {
                return toDict(localNames(callerFrame()));
            }
            Map<String, Object> names = attributeDict(object);
            if (names == null) {
                throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "vars() argument must have __dict__ attribute");
            }
            return toDict(names);
        }
    }

    /** The object's own attributes, as its {@code __dict__} holds them; null if it has none. */
    private static Map<String, Object> attributeDict(Object object) {
        if (object instanceof PModule module) {
            return moduleNames(module);
        }
        if (object instanceof PythonClass cls) {
            return new LinkedHashMap<>(cls.getDict());
        }
        if (object instanceof PObject obj) {
            Map<String, Object> names = new LinkedHashMap<>();
            for (Object key : obj.getAttributes().getShape().getKeyList()) {
                if (key instanceof String name) {
                    Object value = obj.getAttribute(name);
                    if (value != null) {
                        names.put(name, value);
                    }
                }
            }
            return names;
        }
        return null;
    }

    // builtin_dir: sorted names of the caller's scope, or of the object's attributes (object___dir__, type___dir__)
    @Builtin(name = "dir", parameters = {"object"}, minArgs = 0)
    @GenerateNodeFactory
    public abstract static class DirNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object dir(Object object) {
            if (object == PNone.NO_VALUE) {
                return sortedList(localNames(callerFrame()).keySet());
            }
            PythonClass cls = GetClassNode.getUncached().execute(object);
            Object userDir = cls.lookup("__dir__");
            if (userDir != null && !(userDir instanceof PBuiltinFunction)) {
                Object result = PyObjectCallNode.getUncached().execute(userDir, PArguments.ofPositional(object));
                List<Object> items = new ArrayList<>(List.of(IterableToArray.toArray(this, result, null)));
                return sortedList(items);
            }
            TreeSet<String> names = new TreeSet<>();
            if (object instanceof PModule module) {
                names.addAll(moduleNames(module).keySet());
            } else if (object instanceof PythonClass c) {
                addClassNames(c, names);
            } else {
                Map<String, Object> own = attributeDict(object);
                if (own != null) {
                    names.addAll(own.keySet());
                }
                addClassNames(cls, names);
                names.add("__class__");
            }
            return new PList(names.toArray());
        }

        private static void addClassNames(PythonClass cls, TreeSet<String> names) {
            for (PythonClass c : cls.getMro()) {
                names.addAll(c.getDict().keySet());
            }
        }

        private PList sortedList(java.util.Collection<?> items) {
            List<String> names = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String s)) {
                    throw PRaiseNode.raise(this, PythonBuiltinClassType.TypeError, "'<' not supported between instances of '%s' and 'str'",
                                    GetClassNode.getUncached().execute(item).getName());
                }
                names.add(s);
            }
            Collections.sort(names);
            return new PList(names.toArray());
        }
    }
}
