package org.minipy.builtins.functions;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.expression.AsciiNode;
import org.minipy.nodes.generator.GeneratorResumeNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyIterNextNode;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectDelAttr;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetIterNode;
import org.minipy.nodes.object.PyObjectIsTrueNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;
import org.minipy.nodes.object.PyObjectSizeNode;
import org.minipy.nodes.object.PyObjectFormatNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.nodes.operators.AddNode;
import org.minipy.nodes.operators.BinaryOpFallback;
import org.minipy.nodes.operators.CompareOp;
import org.minipy.nodes.operators.FloatMath;
import org.minipy.nodes.operators.IntMath;
import org.minipy.nodes.operators.PowNode;
import org.minipy.nodes.operators.RichCompareNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBigRange;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PCallableIterator;
import org.minipy.runtime.PException;
import org.minipy.runtime.PGenerator;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PNotImplemented;
import org.minipy.runtime.PRange;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonClass;
import org.minipy.runtime.SpecialMethodSlot;
import org.minipy.runtime.formatting.SpecFormatter;

import static org.minipy.runtime.PythonBuiltinClassType.AttributeError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.StopIteration;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;
import static org.minipy.runtime.PythonBuiltinClassType.ZeroDivisionError;

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
        /** A range's length is a Py_ssize_t, beyond the int that PyObjectSizeNode answers. */
        @Specialization
        static long len(PRange range) {
            return range.getLength();
        }

        @Specialization
        long len(PBigRange range) {
            return range.lengthAsSize(this);
        }

        @Specialization(guards = "!isRange(obj)")
        static long len(Object obj, @Cached PyObjectSizeNode size) {
            if (obj instanceof PRange range) {
                // a range may be longer than any array, so its length is not limited to an int as sizes are
                return range.getLength();
            }
            return size.execute(obj);
        }

        static boolean isRange(Object obj) {
            return PBigRange.isRange(obj);
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

    @Builtin(name = "ascii", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class AsciiBuiltinNode extends PythonUnaryBuiltinNode {
        @Specialization
        static String ascii(Object obj, @Cached PyObjectReprNode repr) {
            return AsciiNode.ascii(repr.execute(obj));
        }
    }

    /** The name of a value's class, for messages. */
    @TruffleBoundary
    static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }

    /**
     * Calls the special method ({@code __abs__}, {@code __round__}...) that the value's class defines,
     * or returns null if it defines none.
     */
    @TruffleBoundary
    static Object callSpecial(Object value, String name, Object... args) {
        Object method = GetClassNode.getUncached().execute(value).lookupSpecial(name);
        if (method == null) {
            return null;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = value;
        System.arraycopy(args, 0, all, 1, args.length);
        return PyObjectCallNode.getUncached().execute(method, PArguments.ofPositional(all));
    }

    // ---- types ----

    @Builtin(name = "isinstance", parameters = {"obj", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsInstanceNode extends PythonBinaryBuiltinNode {
        @Specialization
        static boolean isInstance(Object obj, PythonClass cls, @Cached GetClassNode getClass) {
            return getClass.execute(obj).isSubclassOf(cls);
        }

        @Fallback
        boolean isInstanceOfAny(Object obj, Object classInfo) {
            return isSubclass(this, GetClassNode.getUncached().execute(obj), classInfo, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
    }

    @Builtin(name = "issubclass", parameters = {"cls", "class_or_tuple"})
    @GenerateNodeFactory
    public abstract static class IsSubclassNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean isSubclass(Object cls, Object classInfo) {
            if (!(cls instanceof PythonClass c)) {
                throw PRaiseNode.raise(this, TypeError, "issubclass() arg 1 must be a class");
            }
            return BuiltinFunctions.isSubclass(this, c, classInfo, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
    }

    /** object_issubclass for a class or a (nested) tuple of classes. */
    @TruffleBoundary
    static boolean isSubclass(Node location, PythonClass cls, Object classInfo, String badArgument) {
        if (classInfo instanceof PythonClass target) {
            return cls.isSubclassOf(target);
        }
        if (classInfo instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (isSubclass(location, cls, item, badArgument)) {
                    return true;
                }
            }
            return false;
        }
        throw PRaiseNode.raise(location, TypeError, badArgument);
    }

    @Builtin(name = "callable", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class CallableNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean isCallable(Object obj) {
            return PyObjectCallNode.isCallable(obj);
        }
    }

    // ---- attributes ----

    @Builtin(name = "getattr", parameters = {"object", "name", "default"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class GetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object getAttr(Object object, Object name, Object defaultValue, @Cached PyObjectGetAttrNode getAttr) {
            String attr = attributeName(this, name);
            if (defaultValue == PNone.NO_VALUE) {
                return getAttr.execute(object, attr);
            }
            try {
                return getAttr.execute(object, attr);
            } catch (PException e) {
                if (e.isOfType(AttributeError)) {
                    return defaultValue;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "hasattr", parameters = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class HasAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        boolean hasAttr(Object object, Object name, @Cached PyObjectGetAttrNode getAttr) {
            String attr = attributeName(this, name);
            try {
                getAttr.execute(object, attr);
                return true;
            } catch (PException e) {
                if (e.isOfType(AttributeError)) {
                    return false;
                }
                throw e;
            }
        }
    }

    @Builtin(name = "setattr", parameters = {"obj", "name", "value"})
    @GenerateNodeFactory
    public abstract static class SetAttrNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object setAttr(Object object, Object name, Object value, @Cached PyObjectSetAttrNode setAttr) {
            setAttr.execute(object, attributeName(this, name), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "delattr", parameters = {"obj", "name"})
    @GenerateNodeFactory
    public abstract static class DelAttrNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object delAttr(Object object, Object name) {
            PyObjectDelAttr.delete(this, object, attributeName(this, name));
            return PNone.NONE;
        }
    }

    private static String attributeName(Node location, Object name) {
        if (name instanceof String s) {
            return s;
        }
        throw PRaiseNode.raise(location, TypeError, "attribute name must be string, not '%s'", typeName(name));
    }

    // ---- identity ----

    @Builtin(name = "id", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class IdNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long id(Object obj) {
            return ObjectIds.id(obj);
        }
    }

    @Builtin(name = "hash", parameters = {"obj"})
    @GenerateNodeFactory
    public abstract static class HashNode extends PythonUnaryBuiltinNode {
        @Specialization
        long hash(Object obj) {
            return ObjectHash.hash(this, obj);
        }
    }

    // ---- numbers ----

    @Builtin(name = "abs", parameters = {"x"})
    @GenerateNodeFactory
    public abstract static class AbsNode extends PythonUnaryBuiltinNode {
        @Specialization(rewriteOn = ArithmeticException.class)
        static long absLong(long x) {
            return Math.absExact(x);
        }

        @Specialization
        static double absDouble(double x) {
            return Math.abs(x);
        }

        @Fallback
        @TruffleBoundary
        Object absOther(Object x) {
            if (IntMath.isInt(x)) {
                return PInt.normalize(IntMath.big(x).abs());
            }
            Object result = callSpecial(x, "__abs__");
            if (result == null) {
                throw PRaiseNode.raise(this, TypeError, "bad operand type for abs(): '%s'", typeName(x));
            }
            return result;
        }
    }

    @Builtin(name = "divmod", parameters = {"x", "y"})
    @GenerateNodeFactory
    public abstract static class DivModNode extends PythonBinaryBuiltinNode {
        @Specialization(guards = "y != 0", rewriteOn = ArithmeticException.class)
        static PTuple divmodLong(long x, long y) {
            return new PTuple(new Object[]{Math.floorDivExact(x, y), Math.floorMod(x, y)});
        }

        @Fallback
        @TruffleBoundary
        Object divmod(Object x, Object y) {
            if (IntMath.isInt(x) && IntMath.isInt(y)) {
                return new PTuple(new Object[]{IntMath.floorDiv(this, x, y), IntMath.mod(this, x, y)});
            }
            if (isNumber(x) && isNumber(y)) {
                double a = toDouble(x);
                double b = toDouble(y);
                if (b == 0) {
                    throw PRaiseNode.raise(this, ZeroDivisionError, "float divmod()");
                }
                return new PTuple(new Object[]{FloatMath.floorDiv(a, b), FloatMath.mod(a, b)});
            }
            return BinaryOpFallback.userOrRaise(this, "divmod()", SpecialMethodSlot.DIVMOD, x, y);
        }

        private double toDouble(Object v) {
            return v instanceof Double d ? d : IntMath.toDouble(this, v);
        }
    }

    static boolean isNumber(Object v) {
        return v instanceof Double || IntMath.isInt(v);
    }

    @Builtin(name = "pow", parameters = {"base", "exp", "mod"}, positionalOnly = 0, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class PowBuiltinNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object pow(Object base, Object exp, Object mod, @Cached PowNode pow) {
            if (mod == PNone.NO_VALUE || mod == PNone.NONE) {
                return pow.execute(base, exp);
            }
            return powMod(base, exp, mod);
        }

        // ternary_op for pow(base, exp, mod)
        @TruffleBoundary
        private Object powMod(Object base, Object exp, Object mod) {
            if (IntMath.isInt(base) && IntMath.isInt(exp) && IntMath.isInt(mod)) {
                return IntMath.powMod(this, base, exp, mod);
            }
            if (isNumber(base) && isNumber(exp) && isNumber(mod)) {
                throw PRaiseNode.raise(this, TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
            }
            Object result = callSpecial(base, "__pow__", exp, mod);
            if (result != null && result != PNotImplemented.INSTANCE) {
                return result;
            }
            throw PRaiseNode.raise(this, TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                            typeName(base), typeName(exp), typeName(mod));
        }
    }

    @Builtin(name = "round", parameters = {"number", "ndigits"}, positionalOnly = 0, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class RoundNode extends PythonBinaryBuiltinNode {
        /** float_round gives up on rounding past these digit counts: the result is x itself, or 0. */
        private static final int NDIGITS_MAX = 323;
        private static final int NDIGITS_MIN = -308;

        @Specialization
        @TruffleBoundary
        Object round(Object number, Object ndigits) {
            boolean noDigits = ndigits == PNone.NO_VALUE || ndigits == PNone.NONE;
            if (number instanceof Double d) {
                return noDigits ? roundToInt(d) : roundFloat(d, clampedDigits(ndigits));
            }
            if (IntMath.isInt(number)) {
                return noDigits ? PInt.normalize(IntMath.big(number)) : roundInt(IntMath.big(number), clampedDigits(ndigits));
            }
            Object result = noDigits ? callSpecial(number, "__round__") : callSpecial(number, "__round__", ndigits);
            if (result == null) {
                throw PRaiseNode.raise(this, TypeError, "type %s doesn't define __round__ method", typeName(number));
            }
            return result;
        }

        private long clampedDigits(Object ndigits) {
            Object n = PyNumberIndexNode.getUncached().executeOrNull(ndigits);
            if (n == null) {
                throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", typeName(ndigits));
            }
            if (n instanceof PInt big) {
                return big.getValue().signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            }
            return (Long) n;
        }

        // float___round___impl without ndigits: round half to even, to an int
        private Object roundToInt(double d) {
            if (Double.isNaN(d)) {
                throw PRaiseNode.raise(this, ValueError, "cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PRaiseNode.raise(this, OverflowError, "cannot convert float infinity to integer");
            }
            double r = Math.rint(d);
            if (Math.abs(r) < 0x1p63) {
                return (long) r;
            }
            return PInt.normalize(new BigDecimal(r).toBigInteger());
        }

        // double_round: correctly rounded through the exact decimal value, as _Py_dg_dtoa mode 3 does
        private double roundFloat(double d, long ndigits) {
            if (ndigits > NDIGITS_MAX || d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                return d;
            }
            if (ndigits < NDIGITS_MIN) {
                return Math.copySign(0.0, d);
            }
            BigDecimal rounded = new BigDecimal(d).setScale((int) ndigits, RoundingMode.HALF_EVEN);
            double result = Double.parseDouble(rounded.toString());
            if (Double.isInfinite(result)) {
                throw PRaiseNode.raise(this, OverflowError, "rounded value too large to represent");
            }
            return result == 0 ? Math.copySign(0.0, d) : result;
        }

        // long_round: a multiple of 10**-ndigits, ties to the even multiple
        private static Object roundInt(BigInteger n, long ndigits) {
            if (ndigits >= 0) {
                return PInt.normalize(n);
            }
            if (ndigits < -(long) n.abs().toString().length() - 1) {
                return 0L;
            }
            BigInteger unit = BigInteger.TEN.pow((int) -ndigits);
            BigInteger[] qr = n.divideAndRemainder(unit);
            BigInteger q = qr[0];
            BigInteger r = qr[1];
            if (r.signum() < 0) {
                q = q.subtract(BigInteger.ONE);
                r = r.add(unit);
            }
            int half = r.shiftLeft(1).compareTo(unit);
            if (half > 0 || (half == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return PInt.normalize(q.multiply(unit));
        }
    }

    @Builtin(name = "hex", parameters = {"number"})
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonUnaryBuiltinNode {
        @Specialization
        String hex(Object number, @Cached PyNumberIndexNode index) {
            return withPrefix(this, index.executeOrNull(number), number, 16, "0x");
        }
    }

    @Builtin(name = "oct", parameters = {"number"})
    @GenerateNodeFactory
    public abstract static class OctNode extends PythonUnaryBuiltinNode {
        @Specialization
        String oct(Object number, @Cached PyNumberIndexNode index) {
            return withPrefix(this, index.executeOrNull(number), number, 8, "0o");
        }
    }

    @Builtin(name = "bin", parameters = {"number"})
    @GenerateNodeFactory
    public abstract static class BinNode extends PythonUnaryBuiltinNode {
        @Specialization
        String bin(Object number, @Cached PyNumberIndexNode index) {
            return withPrefix(this, index.executeOrNull(number), number, 2, "0b");
        }
    }

    // _PyLong_Format: sign, prefix, digits
    @TruffleBoundary
    private static String withPrefix(Node location, Object value, Object original, int radix, String prefix) {
        if (value == null) {
            throw PRaiseNode.raise(location, TypeError, "'%s' object cannot be interpreted as an integer", typeName(original));
        }
        BigInteger v = IntMath.big(value);
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    // ---- characters ----

    @Builtin(name = "chr", parameters = {"i"})
    @GenerateNodeFactory
    public abstract static class ChrNode extends PythonUnaryBuiltinNode {
        @Specialization
        String chr(Object i, @Cached PyNumberIndexNode index) {
            Object v = index.executeOrNull(i);
            if (v == null) {
                throw PRaiseNode.raise(this, TypeError, "'%s' object cannot be interpreted as an integer", typeName(i));
            }
            if (!(v instanceof Long cp) || cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw PRaiseNode.raise(this, ValueError, "chr() arg not in range(0x110000)");
            }
            return codePointToString((int) (long) cp);
        }

        @TruffleBoundary
        private static String codePointToString(int cp) {
            return Character.toString(cp);
        }
    }

    @Builtin(name = "ord", parameters = {"c"})
    @GenerateNodeFactory
    public abstract static class OrdNode extends PythonUnaryBuiltinNode {
        @Specialization
        long ord(Object c) {
            int length;
            if (c instanceof String s) {
                length = s.codePointCount(0, s.length());
                if (length == 1) {
                    return s.codePointAt(0);
                }
            } else if (c instanceof PBytes b) {
                length = b.length();
                if (length == 1) {
                    return b.getBytes()[0] & 0xff;
                }
            } else if (c instanceof PByteArray b) {
                length = b.length();
                if (length == 1) {
                    return b.getBytes()[0] & 0xff;
                }
            } else {
                throw PRaiseNode.raise(this, TypeError, "ord() expected string of length 1, but %s found", typeName(c));
            }
            throw PRaiseNode.raise(this, TypeError, "ord() expected a character, but string of length %d found", length);
        }
    }

    // ---- iteration ----

    @Builtin(name = "iter", parameters = {"object", "sentinel"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class IterNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object iter(Object object, Object sentinel, @Cached PyObjectGetIterNode getIter) {
            if (sentinel == PNone.NO_VALUE) {
                return getIter.execute(object);
            }
            if (!CallableNode.isCallable(object)) {
                throw PRaiseNode.raise(this, TypeError, "iter(v, w): v must be callable");
            }
            return new PCallableIterator(object, sentinel);
        }
    }

    @Builtin(name = "next", parameters = {"iterator", "default"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class NextNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object next(Object iterator, Object defaultValue,
                        @Cached GetClassNode getClass,
                        @Cached PyObjectCallNode callNext,
                        @Cached PyIterNextNode next) {
            if (defaultValue == PNone.NO_VALUE) {
                // builtin_next: the StopIteration a user __next__ raises reaches the caller as it is, value included
                PythonClass cls = getClass.execute(iterator);
                Object userNext = cls.isBuiltin() ? null : cls.lookupSpecial("__next__");
                if (userNext != null) {
                    return callNext.execute(userNext, PArguments.ofPositional(iterator));
                }
            }
            Object item = next.execute(iterator);
            if (item != null) {
                return item;
            }
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            if (iterator instanceof PGenerator generator) {
                // gen_iternext leaves the return value in the StopIteration
                throw GeneratorResumeNode.stopIteration(this, generator.takeReturnValue());
            }
            throw PRaiseNode.raiseNoArgs(this, StopIteration);
        }
    }

    @Builtin(name = "any", parameters = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AnyNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean any(Object iterable,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object it = getIter.execute(iterable);
            for (Object item = next.execute(it); item != null; item = next.execute(it)) {
                if (isTrue.execute(item)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "all", parameters = {"iterable"})
    @GenerateNodeFactory
    public abstract static class AllNode extends PythonUnaryBuiltinNode {
        @Specialization
        static boolean all(Object iterable,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyObjectIsTrueNode isTrue) {
            Object it = getIter.execute(iterable);
            for (Object item = next.execute(it); item != null; item = next.execute(it)) {
                if (!isTrue.execute(item)) {
                    return false;
                }
            }
            return true;
        }
    }

    @Builtin(name = "sum", parameters = {"iterable", "start"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class SumNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object sum(Object iterable, Object start,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached AddNode add) {
            Object result = start == PNone.NO_VALUE ? (Object) 0L : start;
            if (result instanceof String) {
                throw PRaiseNode.raise(this, TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
            } else if (result instanceof PBytes) {
                throw PRaiseNode.raise(this, TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
            } else if (result instanceof PByteArray) {
                throw PRaiseNode.raise(this, TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
            }
            return sumItems(getIter.execute(iterable), result, next, add);
        }

        /**
         * builtin_sum_impl: ints add up in a long while they fit, floats with Neumaier's compensated
         * summation (so sum([0.1] * 10) is 1.0 since CPython 3.12), anything else through +. The loops
         * run in compiled code, with the iterator's next step inlined (a generator expression's body):
         * they report their iterations so that sum() compiles after one long call.
         */
        private Object sumItems(Object iterator, Object start, PyIterNextNode next, AddNode add) {
            long[] items = new long[1];
            try {
                return sumLoops(iterator, start, next, add, items);
            } finally {
                LoopNode.reportLoopCount(this, (int) Math.min(items[0], Integer.MAX_VALUE));
            }
        }

        private static Object sumLoops(Object iterator, Object start, PyIterNextNode next, AddNode add, long[] items) {
            Object result = start;
            if (result instanceof Long) {
                long total = (Long) result;
                while (true) {
                    Object item = next.execute(iterator);
                    items[0]++;
                    if (item == null) {
                        return total;
                    }
                    if (item instanceof Long || item instanceof Boolean) {
                        long b = item instanceof Long l ? l : ((Boolean) item ? 1 : 0);
                        long r = total + b;
                        if (((total ^ r) & (b ^ r)) >= 0) {
                            total = r;
                            continue;
                        }
                    }
                    result = add.execute(total, item);
                    break;
                }
            }
            if (result instanceof Double) {
                double total = (Double) result;
                double compensation = 0.0;
                while (true) {
                    Object item = next.execute(iterator);
                    items[0]++;
                    if (item == null) {
                        return compensated(total, compensation);
                    }
                    if (item instanceof Double d) {
                        double t = total + d;
                        if (Math.abs(total) >= Math.abs(d)) {
                            compensation += (total - t) + d;
                        } else {
                            compensation += (d - t) + total;
                        }
                        total = t;
                        continue;
                    }
                    if (item instanceof Long || item instanceof Boolean) {
                        total += item instanceof Long l ? l : ((Boolean) item ? 1 : 0);
                        continue;
                    }
                    result = add.execute(compensated(total, compensation), item);
                    break;
                }
            }
            for (Object item = next.execute(iterator); item != null; item = next.execute(iterator)) {
                items[0]++;
                result = add.execute(result, item);
            }
            return result;
        }

        /** Adds the compensation unless it would turn an infinite or overflowed sum into a NaN. */
        private static double compensated(double total, double compensation) {
            return compensation != 0 && Double.isFinite(compensation) ? total + compensation : total;
        }
    }

    /** min() and max(): builtin_min / builtin_max through min_max. */
    abstract static class MinMaxNode extends PythonVarargsBuiltinNode {
        /**
         * bound: key, default, args. {@code better} tells whether a new key beats the best so far
         * ({@code <} for min, {@code >} for max), so that the first of equal items wins.
         */
        final Object minMax(Object[] bound, String name, RichCompareNode better, PyObjectGetIterNode getIter, PyIterNextNode next,
                        PyObjectCallNode callKey, PyObjectIsTrueNode isTrue) {
            Object key = bound[0] == PNone.NO_VALUE ? PNone.NONE : bound[0];
            Object defaultValue = bound[1];
            PTuple args = (PTuple) bound[2];
            if (args.size() == 0) {
                throw PRaiseNode.raise(this, TypeError, "%s expected at least 1 argument, got 0", name);
            }
            Object iterable = args;
            if (args.size() == 1) {
                iterable = args.get(0);
            } else if (defaultValue != PNone.NO_VALUE) {
                throw PRaiseNode.raise(this, TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
            }
            Object iterator = getIter.execute(iterable);
            Object best = null;
            Object bestKey = null;
            for (Object item = next.execute(iterator); item != null; item = next.execute(iterator)) {
                Object itemKey = key == PNone.NONE ? item : callKey.execute(key, PArguments.ofPositional(item));
                if (best == null || isTrue.execute(better.execute(itemKey, bestKey))) {
                    best = item;
                    bestKey = itemKey;
                }
            }
            if (best != null) {
                return best;
            }
            if (defaultValue != PNone.NO_VALUE) {
                return defaultValue;
            }
            throw PRaiseNode.raise(this, ValueError, "%s() iterable argument is empty", name);
        }
    }

    @Builtin(name = "min", varArgs = "args", keywordOnly = {"key", "default"})
    @GenerateNodeFactory
    public abstract static class MinNode extends MinMaxNode {
        @Specialization
        Object min(Object[] bound,
                        @Cached("createLess()") RichCompareNode less,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyObjectCallNode callKey,
                        @Cached PyObjectIsTrueNode isTrue) {
            return minMax(bound, "min", less, getIter, next, callKey, isTrue);
        }

        static RichCompareNode createLess() {
            return RichCompareNode.create(CompareOp.LT);
        }
    }

    @Builtin(name = "max", varArgs = "args", keywordOnly = {"key", "default"})
    @GenerateNodeFactory
    public abstract static class MaxNode extends MinMaxNode {
        @Specialization
        Object max(Object[] bound,
                        @Cached("createGreater()") RichCompareNode greater,
                        @Cached PyObjectGetIterNode getIter,
                        @Cached PyIterNextNode next,
                        @Cached PyObjectCallNode callKey,
                        @Cached PyObjectIsTrueNode isTrue) {
            return minMax(bound, "max", greater, getIter, next, callKey, isTrue);
        }

        static RichCompareNode createGreater() {
            return RichCompareNode.create(CompareOp.GT);
        }
    }

    @Builtin(name = "sorted", parameters = {"iterable"}, keywordOnly = {"key", "reverse"})
    @GenerateNodeFactory
    public abstract static class SortedNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object sorted(Object iterable, Object key, Object reverse) {
            return sortedList(iterable, key == PNone.NO_VALUE ? PNone.NONE : key, reverse);
        }

        @TruffleBoundary
        private PList sortedList(Object iterable, Object key, Object reverse) {
            boolean descending = reverse != PNone.NO_VALUE && PyObjectIsTrueNode.getUncached().execute(reverse);
            Object[] items = IterableToArray.toArray(this, iterable, null);
            ListSort.sort(this, items, items.length, key, descending);
            return new PList(items);
        }
    }

    // ---- formatting ----

    @Builtin(name = "format", parameters = {"value", "format_spec"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object format(Object value, Object formatSpec, @Cached PyObjectFormatNode format) {
            String spec;
            if (formatSpec == PNone.NO_VALUE) {
                spec = "";
            } else if (formatSpec instanceof String s) {
                spec = s;
            } else {
                // _PyArg_BadArgument names None by value, other objects by type
                throw PRaiseNode.raise(this, TypeError, "format() argument 2 must be str, not %s", formatSpec == PNone.NONE ? "None" : typeName(formatSpec));
            }
            return format.execute(value, spec);
        }
    }
}
