package org.minipy.builtins.modules;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.functions.BuiltinFunctions;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PModule;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.PythonClass;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * The {@code array} module (Modules/arraymodule.c): the class itself lives in ArrayBuiltins; here is what pickled
 * arrays are rebuilt with.
 */
@CoreFunctions(defineModule = "array")
public final class ArrayModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return ArrayModuleBuiltinsFactory.getFactories();
    }

    /** The machine formats of array_reconstructor (enum machine_format_code): 0-13 integers, then floats, text. */
    private static final int UNSIGNED_INT8 = 0;
    private static final int IEEE_754_FLOAT_LE = 14;
    private static final int IEEE_754_DOUBLE_LE = 16;
    private static final int UTF16_LE = 18;
    private static final int UTF32_LE = 20;
    private static final int UTF32_BE = 21;

    /** typecode_to_mformat_code on a little-endian LP64 machine, where wchar_t has 4 bytes. */
    private static int nativeFormat(int typecode) {
        return switch (typecode) {
            case 'b' -> 1;
            case 'B' -> 0;
            case 'u', 'w' -> UTF32_LE;
            case 'h' -> 4;
            case 'H' -> 2;
            case 'i' -> 8;
            case 'I' -> 6;
            case 'l', 'q' -> 12;
            case 'L', 'Q' -> 10;
            case 'f' -> IEEE_754_FLOAT_LE;
            case 'd' -> IEEE_754_DOUBLE_LE;
            default -> -1;
        };
    }

    // array__array_reconstructor_impl: what pickled arrays are rebuilt with; the items are bytes in a machine
    // format, decoded when it is not the typecode's own
    @Builtin(name = "_array_reconstructor", parameters = {"arraytype", "typecode", "mformat_code", "items"})
    @GenerateNodeFactory
    public abstract static class ArrayReconstructorNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object reconstruct(Object arraytype, Object typecode, Object mformatCode, Object items) {
            return reconstructArray(this, arraytype, typecode, mformatCode, items);
        }
    }

    @TruffleBoundary
    private static Object reconstructArray(Node node, Object arraytype, Object typecodeArg, Object mformatArg, Object items) {
        if (!(arraytype instanceof PythonClass cls)) {
            throw PRaiseNode.raise(node, TypeError, "first argument must be a type object, not %s", BuiltinFunctions.typeName(arraytype));
        }
        if (!cls.isSubclassOf(PythonBuiltinClassType.array)) {
            throw PRaiseNode.raise(node, TypeError, "%s is not a subtype of array.array", cls.getTypeName());
        }
        if (!(typecodeArg instanceof String t) || t.codePointCount(0, t.length()) != 1) {
            throw PRaiseNode.raise(node, TypeError, "_array_reconstructor() argument 2 must be a unicode character, not %s",
                            BuiltinFunctions.typeName(typecodeArg));
        }
        int typecode = t.codePointAt(0);
        if (PArray.TYPECODES.indexOf(typecode) < 0) {
            throw PRaiseNode.raise(node, ValueError, "second argument must be a valid type code");
        }
        if (!(mformatArg instanceof Long mformat)) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", BuiltinFunctions.typeName(mformatArg));
        }
        if (mformat < UNSIGNED_INT8 || mformat > UTF32_BE) {
            throw PRaiseNode.raise(node, ValueError, "third argument must be a valid machine format code.");
        }
        if (!(items instanceof PBytes bytes)) {
            throw PRaiseNode.raise(node, TypeError, "fourth argument should be bytes, not %s", BuiltinFunctions.typeName(items));
        }
        int code = (int) (long) mformat;
        PyObjectCallNode call = PyObjectCallNode.getUncached();
        if (code == nativeFormat(typecode)) {
            Object array = call.execute(cls, PArguments.ofPositional(t));
            call.execute(PyObjectGetAttrNode.getUncached().execute(array, "frombytes"), PArguments.ofPositional(bytes));
            return array;
        }
        ByteBuffer data = ByteBuffer.wrap(bytes.getBytes(), 0, bytes.length()).order(code % 2 == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        Object converted;
        if (code >= UTF16_LE) {
            Charset charset = Charset.forName(switch (code) {
                case UTF16_LE -> "UTF-16LE";
                case UTF16_LE + 1 -> "UTF-16BE";
                case UTF32_LE -> "UTF-32LE";
                default -> "UTF-32BE";
            });
            converted = new String(bytes.getBytes(), 0, bytes.length(), charset);
        } else if (code >= IEEE_754_FLOAT_LE) {
            boolean isDouble = code >= IEEE_754_DOUBLE_LE;
            int size = isDouble ? 8 : 4;
            Object[] values = new Object[bytes.length() / size];
            for (int i = 0; i < values.length; i++) {
                values[i] = isDouble ? data.getDouble(i * size) : (double) data.getFloat(i * size);
            }
            converted = new PList(values);
        } else {
            // mformat_descriptors: 1, 2, 4 and 8 bytes, unsigned then signed, little then big endian
            int size = code < 2 ? 1 : 1 << ((code - 2) / 4 + 1);
            boolean signed = code < 2 ? code == 1 : ((code - 2) / 2) % 2 == 1;
            Object[] values = new Object[bytes.length() / size];
            for (int i = 0; i < values.length; i++) {
                byte[] item = new byte[size];
                data.get(i * size, item);
                if (data.order() == ByteOrder.LITTLE_ENDIAN) {
                    for (int a = 0, b = size - 1; a < b; a++, b--) {
                        byte swap = item[a];
                        item[a] = item[b];
                        item[b] = swap;
                    }
                }
                values[i] = PInt.normalize(signed ? new BigInteger(item) : new BigInteger(1, item));
            }
            converted = new PList(values);
            // the integer typecode of that size and signedness (the last in "bBhHiIlLqQ", as the C loop ends)
            for (char c : "bBhHiIlLqQ".toCharArray()) {
                if (PArray.formatOf(c).nativeSize == size && Character.isLowerCase(c) == signed) {
                    typecode = c;
                }
            }
        }
        return call.execute(cls, PArguments.ofPositional(new String(Character.toChars(typecode)), converted));
    }

    // array_modexec
    @Override
    public void initializeModule(MiniPyContext context, PModule module) {
        PythonClass array = context.getBuiltinClass(PythonBuiltinClassType.array);
        module.put("array", array);
        module.put("ArrayType", array);
        module.put("typecodes", PArray.TYPECODES);
    }
}
