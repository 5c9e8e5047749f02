package org.minipy.builtins.types;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.operators.IntMath;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/** {@code float(x)} (Objects/floatobject.c). */
@CoreFunctions(extendClasses = PythonBuiltinClassType.float_)
public final class FloatBuiltins extends PythonBuiltins {
    /**
     * The syntax _Py_string_to_number_with_underscores and _Py_dg_strtod accept once the string is
     * stripped: underscores only between digits; Java's parseDouble alone would also take "1d" or "0x1p3".
     */
    private static final Pattern FLOAT_SYNTAX = Pattern.compile(
                    "[+-]?(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?)");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return FloatBuiltinsFactory.getFactories();
    }

    // float_new_impl / float_vectorcall; BuiltinArgumentErrors words the argument-count errors as float_vectorcall
    @Builtin(name = "__new__", parameters = {"cls", "x"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class FloatNewNode extends PythonBinaryBuiltinNode {
        @Specialization
        double doDouble(Object cls, double x) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.float_, cls);
            return x;
        }

        @Specialization
        double doLong(Object cls, long x) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.float_, cls);
            return x;
        }

        @Fallback
        @TruffleBoundary
        double create(Object cls, Object x) {
            BuiltinArguments.checkClass(this, PythonBuiltinClassType.float_, cls);
            return x == PNone.NO_VALUE ? 0.0 : toFloat(x);
        }

        // PyNumber_Float
        private double toFloat(Object x) {
            if (x instanceof Double d) {
                return d;
            } else if (x instanceof Long || x instanceof PInt) {
                return IntMath.toDouble(this, x);
            } else if (x instanceof Boolean b) {
                return b ? 1.0 : 0.0;
            } else if (x instanceof String s) {
                return parse(s, x);
            } else if (x instanceof PBytes || x instanceof PByteArray) {
                byte[] bytes = x instanceof PBytes b ? b.getBytes() : ((PByteArray) x).toByteArray();
                return parse(new String(bytes, StandardCharsets.ISO_8859_1), x);
            }
            PythonClass cls = GetClassNode.getUncached().execute(x);
            Object dunderFloat = cls.isBuiltin() ? null : cls.lookup("__float__");
            if (dunderFloat != null) {
                Object result = PyObjectCallNode.getUncached().execute(dunderFloat, PArguments.ofPositional(x));
                if (!(result instanceof Double d)) {
                    throw PRaiseNode.raise(this, TypeError, "%s.__float__ returned non-float (type %s)", cls.getName(),
                                    GetClassNode.getUncached().execute(result).getName());
                }
                return d;
            }
            Object index = PyNumberIndexNode.getUncached().executeOrNull(x);
            if (index != null) {
                return IntMath.toDouble(this, index);
            }
            // PyFloat_FromString reads any other exporter's bytes
            byte[] contents = ByteSource.bytesLikeOrNullIfRefused(x);
            if (contents != null) {
                return parse(new String(contents, StandardCharsets.ISO_8859_1), x);
            }
            throw PRaiseNode.raise(this, TypeError, "float() argument must be a string or a real number, not '%s'", cls.getName());
        }

        // PyFloat_FromString
        private double parse(String text, Object source) {
            String s = asciiDigitsStripped(text, source instanceof String);
            if (s != null) {
                if (FLOAT_SYNTAX.matcher(s).matches()) {
                    return Double.parseDouble(s.replace("_", ""));
                }
                if (SPECIAL.matcher(s).matches()) {
                    boolean negative = s.charAt(0) == '-';
                    if (Character.toLowerCase(s.charAt(s.length() - 1)) == 'n') {
                        return negative ? -Double.NaN : Double.NaN;
                    }
                    return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
            }
            throw PRaiseNode.raise(this, ValueError, "could not convert string to float: %s", PyObjectReprNode.getUncached().execute(source));
        }

        /**
         * The string stripped of whitespace, with Unicode decimal digits made ASCII
         * (_PyUnicode_TransformDecimalAndSpaceToASCII), or null if another non-ASCII character is left.
         */
        private static String asciiDigitsStripped(String text, boolean unicode) {
            int start = 0;
            int end = text.length();
            while (start < end && IntBuiltins.isSpace(text.charAt(start), unicode)) {
                start++;
            }
            while (end > start && IntBuiltins.isSpace(text.charAt(end - 1), unicode)) {
                end--;
            }
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= 128) {
                    if (Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                        return null;
                    }
                    c = (char) ('0' + Character.digit(c, 10));
                }
                sb.append(c);
            }
            return sb.toString();
        }
    }
}
