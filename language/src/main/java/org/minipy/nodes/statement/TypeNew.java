package org.minipy.nodes.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.Descriptors;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PClassMethod;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PFunction;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PStaticMethod;
import org.minipy.runtime.PythonClass;

/** What type_new does to a new class once its namespace is filled (Objects/typeobject.c). */
public final class TypeNew {
    private TypeNew() {
    }

    /**
     * type_new_set_attrs, type_new_set_names and type_new_init_subclass: {@code __new__} becomes a staticmethod and
     * {@code __init_subclass__}, {@code __class_getitem__} classmethods, {@code __doc__} defaults to None, every
     * attribute with {@code __set_name__} learns its name, and the nearest base's {@code __init_subclass__} runs with
     * the class statement's keywords.
     */
    @TruffleBoundary
    public static void finish(Node node, PythonClass cls, PDict keywords) {
        wrapImplicit(cls, "__new__", false);
        wrapImplicit(cls, "__init_subclass__", true);
        wrapImplicit(cls, "__class_getitem__", true);
        if (cls.getOwn("__doc__") == null) {
            cls.setAttribute("__doc__", PNone.NONE);
        }
        setNames(cls);
        initSubclass(node, cls, keywords);
    }

    private static void wrapImplicit(PythonClass cls, String name, boolean classMethod) {
        if (cls.getOwn(name) instanceof PFunction f) {
            cls.setAttribute(name, classMethod ? new PClassMethod(f) : new PStaticMethod(f));
        }
    }

    /** type_new_set_names: over a copy of the dict, since a __set_name__ may change it. */
    private static void setNames(PythonClass cls) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(cls.getDict().entrySet());
        for (Map.Entry<String, Object> e : entries) {
            Object value = e.getValue();
            Object setName = GetClassNode.getUncached().execute(value).lookup("__set_name__");
            if (setName != null) {
                PyObjectCallNode.getUncached().execute(setName, PArguments.ofPositional(value, cls, e.getKey()));
            }
        }
    }

    /** type_new_init_subclass: {@code super(cls, cls).__init_subclass__(**keywords)}. */
    private static void initSubclass(Node node, PythonClass cls, PDict keywords) {
        PythonClass[] mro = cls.getMro();
        for (int i = 1; i < mro.length; i++) {
            Object attr = mro[i].getOwn("__init_subclass__");
            if (attr != null) {
                Object method = Descriptors.get(node, attr, null, cls);
                PyObjectCallNode.getUncached().execute(method, PArguments.ofStarred(new Object[0], keywords));
                return;
            }
        }
    }
}
