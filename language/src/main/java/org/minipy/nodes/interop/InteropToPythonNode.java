package org.minipy.nodes.interop;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.CachedLibrary;

import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.PException;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PythonObject;

/**
 * A value that enters minipy through interop (an argument of a call from the host, a value stored into a
 * list, dict or module by the host) in minipy's representation: Java's other boxed primitives become int,
 * float or str, a null of any language None, another language's numbers, strings and booleans their Python
 * counterparts. Other foreign objects stay foreign; minipy's own values pass through.
 */
@GenerateUncached
public abstract class InteropToPythonNode extends PyBaseNode {
    public abstract Object execute(Object value);

    public static InteropToPythonNode create() {
        return InteropToPythonNodeGen.create();
    }

    public static InteropToPythonNode getUncached() {
        return InteropToPythonNodeGen.getUncached();
    }

    /** Converts every argument in place and returns the array. */
    public final Object[] executeAll(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = execute(values[i]);
        }
        return values;
    }

    @Specialization
    static boolean doBoolean(boolean value) {
        return value;
    }

    @Specialization
    static long doLong(long value) {
        return value;
    }

    @Specialization
    static long doInteger(Integer value) {
        return value;
    }

    @Specialization
    static long doShort(Short value) {
        return value;
    }

    @Specialization
    static long doByte(Byte value) {
        return value;
    }

    @Specialization
    static double doDouble(double value) {
        return value;
    }

    @Specialization
    static double doFloat(Float value) {
        return value;
    }

    @Specialization
    static String doString(String value) {
        return value;
    }

    @Specialization
    static String doCharacter(Character value) {
        return String.valueOf((char) value);
    }

    @Specialization
    static Object doPython(PythonObject value) {
        return value;
    }

    /** The host holds a raised exception as the throwable; Python code sees the exception object. */
    @Specialization
    static Object doRaised(PException value) {
        return value.getPythonException();
    }

    @Fallback
    static Object doForeign(Object value, @CachedLibrary(limit = "3") InteropLibrary interop) {
        try {
            if (interop.isNull(value)) {
                return PNone.NONE;
            } else if (interop.isBoolean(value)) {
                return interop.asBoolean(value);
            } else if (interop.isString(value)) {
                return interop.asString(value);
            } else if (interop.isNumber(value)) {
                if (interop.fitsInLong(value)) {
                    return interop.asLong(value);
                } else if (interop.fitsInBigInteger(value)) {
                    return PInt.normalize(interop.asBigInteger(value));
                } else if (interop.fitsInDouble(value)) {
                    return interop.asDouble(value);
                }
            }
        } catch (UnsupportedMessageException e) {
            // the value said it was one of these: an exporter breaking the protocol stays foreign
        }
        return value;
    }
}
