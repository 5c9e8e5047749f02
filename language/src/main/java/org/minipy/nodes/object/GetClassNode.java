package org.minipy.nodes.object;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.PythonObject;

/** {@code type(x)}: the class of any value. */
@GenerateUncached
public abstract class GetClassNode extends PyBaseNode {
    public abstract PythonClass execute(Object value);

    public static GetClassNode create() {
        return GetClassNodeGen.create();
    }

    public static GetClassNode getUncached() {
        return GetClassNodeGen.getUncached();
    }

    /** Whether the value is an instance of a class made by a class statement (whose slots are its dunders). */
    public static boolean hasUserClass(Object value) {
        return value instanceof PythonObject o && o.getUserClass() != null;
    }

    @Specialization
    static PythonClass doBoolean(@SuppressWarnings("unused") Boolean value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(PythonBuiltinClassType.bool);
    }

    @Specialization
    static PythonClass doLong(@SuppressWarnings("unused") Long value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(PythonBuiltinClassType.int_);
    }

    @Specialization
    static PythonClass doDouble(@SuppressWarnings("unused") Double value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(PythonBuiltinClassType.float_);
    }

    @Specialization
    static PythonClass doString(@SuppressWarnings("unused") String value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(PythonBuiltinClassType.str);
    }

    @Specialization(guards = "value.getUserClass() == null")
    static PythonClass doBuiltinObject(PythonObject value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(value.getBuiltinType());
    }

    @Specialization(guards = "value.getUserClass() != null")
    static PythonClass doUserObject(PythonObject value) {
        return value.getUserClass();
    }

    /** Foreign (host or other-language) values are instances of polyglot.ForeignObject. */
    @Fallback
    static PythonClass doForeign(@SuppressWarnings("unused") Object value, @Bind Node node) {
        return MiniPyLanguage.get(node).getBuiltinClass(PythonBuiltinClassType.ForeignObject);
    }
}
