package org.minipy.nodes.array;

import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.PyBaseNode;
import org.minipy.nodes.buffer.UnpackItemNode;
import org.minipy.runtime.PArray;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.buffer.FormatCode;

/** Item {@code index} (in range) of an array as a Python value: the *_getitem functions of arraymodule.c. */
@GenerateUncached
public abstract class ReadArrayItemNode extends PyBaseNode {
    public abstract Object execute(PArray array, int index);

    public static ReadArrayItemNode create() {
        return ReadArrayItemNodeGen.create();
    }

    public static ReadArrayItemNode getUncached() {
        return ReadArrayItemNodeGen.getUncached();
    }

    @Specialization
    static Object read(PArray array, int index,
                    @Bind Node node,
                    @Cached UnpackItemNode unpack) {
        FormatCode format = array.getFormat();
        int offset = index * format.nativeSize;
        if (format.kind == FormatCode.Kind.UNICODE) {
            checkCodePoint(node, array.getCodeUnit(index));
        }
        return unpack.execute(format, PArray.BIG_ENDIAN, format.nativeSize, array.getBytes(), offset);
    }

    /** u_getitem/w_getitem (PyUnicode_FromOrdinal): frombytes can store any 32 bits in a character item. */
    private static void checkCodePoint(Node node, int codePoint) {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            throw PRaiseNode.raise(node, PythonBuiltinClassType.ValueError, "chr() arg not in range(0x110000)");
        }
    }
}
