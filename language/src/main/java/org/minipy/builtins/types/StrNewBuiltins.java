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
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** {@code str(object)} and {@code str(bytes, encoding, errors)}; the methods of str live in StrBuiltins. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.str)
public final class StrNewBuiltins extends PythonBuiltins {
    private static final String[] PARAMETERS = {"object", "encoding", "errors"};

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StrNewBuiltinsFactory.getFactories();
    }

    // unicode_new_impl / unicode_vectorcall
    @Builtin(name = "__new__", parameters = {"cls"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class StrNewNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object create(Object[] bound) {
            return create(bound[0], (PTuple) bound[1], (PDict) bound[2]);
        }

        @TruffleBoundary
        private String create(Object cls, PTuple args, PDict kwargs) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.str, cls);
            if (kwargs.size() == 0) {
                BuiltinArguments.checkPositional(this, "str", args, 0, 3);
            }
            Object[] values = BuiltinArguments.unpack(this, "str", args, kwargs, PARAMETERS, 0);
            Object object = values[0];
            if (values[1] == PNone.NO_VALUE && values[2] == PNone.NO_VALUE) {
                return object == PNone.NO_VALUE ? "" : PyObjectStrNode.getUncached().execute(object);
            }
            String encoding = values[1] == PNone.NO_VALUE ? "utf-8" : BuiltinArguments.string(this, "str", "encoding", values[1]);
            String errors = values[2] == PNone.NO_VALUE ? "strict" : BuiltinArguments.string(this, "str", "errors", values[2]);
            if (object == PNone.NO_VALUE) {
                return "";
            } else if (object instanceof PBytes b) {
                return TextCodecs.decode(this, b.getBytes(), b.length(), encoding, errors);
            } else if (object instanceof PByteArray b) {
                return TextCodecs.decode(this, b.getBytes(), b.length(), encoding, errors);
            } else if (object instanceof String) {
                throw PRaiseNode.raise(this, TypeError, "decoding str is not supported");
            }
            byte[] bytes = ByteSource.bytesLikeOrNullIfRefused(object);
            if (bytes != null) {
                return TextCodecs.decode(this, bytes, bytes.length, encoding, errors);
            }
            throw PRaiseNode.raise(this, TypeError, "decoding to str: need a bytes-like object, %s found", GetClassNode.getUncached().execute(object).getName());
        }
    }
}
