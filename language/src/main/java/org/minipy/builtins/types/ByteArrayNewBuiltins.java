package org.minipy.builtins.types;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

/** {@code bytearray(source, encoding, errors)}; the methods of bytearray live in ByteArrayBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.bytearray)
public final class ByteArrayNewBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ByteArrayNewBuiltinsFactory.getFactories();
    }

    // bytearray___init___impl: minipy runs no __init__ for builtin classes, so __new__ does its work
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class ByteArrayNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private PByteArray create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.bytearray, cls);
            Object[] values = BuiltinArguments.unpack(this, "bytearray", args, kwargs, BytesNewBuiltins.PARAMETERS, 0);
            return new PByteArray(BytesNewBuiltins.fromSource(this, "bytearray", values[0], values[1], values[2]));
        }
    }
}
