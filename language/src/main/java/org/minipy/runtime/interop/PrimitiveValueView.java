package org.minipy.runtime.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.MiniPyLanguage;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectReprNode;

/**
 * minipy's language view of a value it represents as a Java primitive or String (int, float, bool, str): the
 * host displays {@code True} and {@code 'a'} as Python does and finds their Python class as meta-object.
 * Everything else is the value's own, through the delegation.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "value")
public final class PrimitiveValueView implements TruffleObject {
    final Object value;

    public PrimitiveValueView(Object value) {
        this.value = value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return MiniPyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return PyObjectReprNode.getUncached().execute(value);
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMetaObject() {
        return GetClassNode.getUncached().execute(value);
    }
}
