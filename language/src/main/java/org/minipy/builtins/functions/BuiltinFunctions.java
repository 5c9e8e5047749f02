package org.minipy.builtins.functions;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectSizeNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/** The functions of the builtins module (Python/bltinmodule.c). */
@CoreFunctions(defineModule = "builtins")
public final class BuiltinFunctions extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BuiltinFunctionsFactory.getFactories();
    }

    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        module.put("None", PNone.NONE);
        module.put("Ellipsis", org.minipy.runtime.PEllipsis.INSTANCE);
        module.put("NotImplemented", org.minipy.runtime.PNotImplemented.INSTANCE);
        module.put("True", true);
        module.put("False", false);
        module.put("__name__", "builtins");
    }

    @Builtin(name = "print", varArgs = "values", keywordOnly = {"sep", "end", "file", "flush"})
    @GenerateNodeFactory
    public abstract static class PrintNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object print(VirtualFrame frame, Object[] bound,
                        @Cached PyObjectStrNode str,
                        @Cached PyObjectCallNode callWrite) {
            Object sepArg = bound[0];
            Object endArg = bound[1];
            Object file = bound[2];
            String sep = sepArg == PNone.NO_VALUE || sepArg == PNone.NONE ? " " : checkString(sepArg, "sep");
            String end = endArg == PNone.NO_VALUE || endArg == PNone.NONE ? "\n" : checkString(endArg, "end");
            Object[] values = ((PTuple) bound[4]).getItems();
            String[] texts = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                texts[i] = str.execute(values[i]);
            }
            String text = join(texts, sep, end);
            MiniPyContext context = MiniPyContext.get(this);
            if (file == PNone.NO_VALUE || file == PNone.NONE) {
                write(context, text);
            } else {
                Object write = PyObjectGetAttrNode.getUncached().execute(file, "write");
                callWrite.execute(write, PArguments.ofPositional(text));
            }
            return PNone.NONE;
        }

        private String checkString(Object value, String what) {
            if (value instanceof String s) {
                return s;
            }
            throw PRaiseNode.raise(this, TypeError, "%s must be None or a string, not %s", what, GetClassNode.getUncached().execute(value).getName());
        }

        @TruffleBoundary
        private static String join(String[] texts, String sep, String end) {
            return String.join(sep, texts) + end;
        }

        @TruffleBoundary
        private static void write(MiniPyContext context, String text) {
            context.getOut().print(text);
        }
    }

    @Builtin(name = "len", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class LenNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long len(Object obj, @Cached PyObjectSizeNode size) {
            return size.execute(obj);
        }
    }

    @Builtin(name = "repr", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class ReprNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String repr(Object obj, @Cached PyObjectReprNode repr) {
            return repr.execute(obj);
        }
    }
}
