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
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;

/** SyntaxError's own behaviour: its str names the file and line, as {@code SyntaxError_str} does. */
@CoreFunctions(extendClasses = PythonBuiltinClassType.SyntaxError)
public final class SyntaxErrorBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return SyntaxErrorBuiltinsFactory.getFactories();
    }

    // SyntaxError_str: "msg (file.py, line 3)", with the file's base name
    @Builtin(name = "__str__", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class SyntaxErrorStrNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        public static String str(PBaseException self) {
            Object msg = self.getAttribute("msg");
            if (msg == null) {
                msg = self.getArgs().size() > 0 ? self.getArgs().get(0) : PNone.NONE;
            }
            String text = PyObjectStrNode.getUncached().execute(msg);
            Object filename = self.getAttribute("filename");
            Object lineno = self.getAttribute("lineno");
            String file = filename instanceof String f ? f.substring(f.lastIndexOf('/') + 1) : null;
            if (file != null && lineno instanceof Long line) {
                return text + " (" + file + ", line " + line + ")";
            } else if (file != null) {
                return text + " (" + file + ")";
            } else if (lineno instanceof Long line) {
                return text + " (line " + line + ")";
            }
            return text;
        }
    }
}
