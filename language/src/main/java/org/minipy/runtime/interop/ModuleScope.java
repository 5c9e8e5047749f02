package org.minipy.runtime.interop;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import org.minipy.MiniPyLanguage;
import org.minipy.runtime.PModule;

/**
 * A module's globals as an interop scope: the language's top scope ({@code Context.getBindings("minipy")})
 * is {@code __main__}'s. Its members are the module's attributes, readable, writable and removable, as the
 * module itself shows them.
 */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "module")
public final class ModuleScope implements TruffleObject {
    final PModule module;

    public ModuleScope(PModule module) {
        this.module = module;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(boolean includeInternal, @CachedLibrary("this.module") InteropLibrary modules) throws UnsupportedMessageException {
        return modules.getMembers(module, includeInternal);
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
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<module '" + module.getName() + "'>";
    }
}
