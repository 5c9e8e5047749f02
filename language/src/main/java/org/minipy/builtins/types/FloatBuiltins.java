package org.minipy.builtins.types;

import java.math.BigInteger;
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
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.DescriptorErrors;
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
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
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

    // ---- the numbers protocol of float (float_methods, float_getset)

    private static double floatSelf(PythonBuiltinNode node, String method, Object self) {
        if (self instanceof Double d) {
            return d;
        }
        throw DescriptorErrors.wrongSelf(node, method, "float", self);
    }

    @Builtin(name = "real", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class RealNode extends PythonUnaryBuiltinNode {
        @Specialization
        double get(Object self) {
            return floatSelf(this, "real", self);
        }
    }

    @Builtin(name = "imag", parameters = {"self"}, isGetter = true)
    @GenerateNodeFactory
    public abstract static class ImagNode extends PythonUnaryBuiltinNode {
        @Specialization
        double get(Object self) {
            floatSelf(this, "imag", self);
            return 0.0;
        }
    }

    @Builtin(name = "conjugate", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class ConjugateNode extends PythonUnaryBuiltinNode {
        @Specialization
        double conjugate(Object self) {
            return floatSelf(this, "conjugate", self);
        }
    }

    @Builtin(name = "is_integer", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIntegerNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isInteger(Object self) {
            double d = floatSelf(this, "is_integer", self);
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
    }

    // float_as_integer_ratio_impl: the exact value m * 2**e as a fraction in lowest terms
    @Builtin(name = "as_integer_ratio", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class AsIntegerRatioNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        PTuple ratio(Object self) {
            double d = floatSelf(this, "as_integer_ratio", self);
            if (Double.isInfinite(d)) {
                throw PRaiseNode.raise(this, OverflowError, "cannot convert Infinity to integer ratio");
            }
            if (Double.isNaN(d)) {
                throw PRaiseNode.raise(this, ValueError, "cannot convert NaN to integer ratio");
            }
            if (d == 0) {
                return new PTuple(new Object[]{0L, 1L});
            }
            long bits = Double.doubleToRawLongBits(d);
            int exponent = (int) ((bits >> 52) & 0x7ff);
            long mantissa = bits & 0xfffffffffffffL;
            if (exponent == 0) {
                exponent = 1;
            } else {
                mantissa |= 1L << 52;
            }
            exponent -= 1075;
            int shift = Math.min(Long.numberOfTrailingZeros(mantissa), Math.max(-exponent, 0));
            mantissa >>= shift;
            exponent += shift;
            BigInteger numerator = BigInteger.valueOf(d < 0 ? -mantissa : mantissa);
            BigInteger denominator = BigInteger.ONE;
            if (exponent > 0) {
                numerator = numerator.shiftLeft(exponent);
            } else {
                denominator = denominator.shiftLeft(-exponent);
            }
            return new PTuple(new Object[]{PInt.normalize(numerator), PInt.normalize(denominator)});
        }
    }

}
