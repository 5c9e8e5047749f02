package org.minipy.runtime;

import java.util.LinkedHashSet;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Cached.Shared;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.utilities.TriState;

import org.minipy.MiniPyContext;
import org.minipy.MiniPyLanguage;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.interop.InteropToPythonNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.PyObjectDelAttr;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectSetAttrNode;

/**
 * Base of every Python value that is not a Java primitive or String. The class of a builtin value is
 * implied by its Java class; only instances of user-defined classes carry their class.
 *
 * <p>
 * What every Python object is to other languages: its members are its attributes ({@code getattr}), it is
 * executable if it is callable, it shows as its {@code repr}, and its meta-object is its class. Subclasses
 * add what their type has (array elements, hash entries, buffers).
 */
@ExportLibrary(InteropLibrary.class)
public abstract class PythonObject implements TruffleObject {
    public abstract PythonBuiltinClassType getBuiltinType();

    /** The user-defined class of this object, or null if its class is {@link #getBuiltinType()}. */
    public PythonClass getUserClass() {
        return null;
    }

    /** Whether the object takes new attributes and loses them again ({@code setattr} and {@code delattr} work). */
    protected boolean hasWritableAttributes() {
        return false;
    }

    /** The names of the attributes the object has itself, not through its class. */
    @TruffleBoundary
    protected Iterable<String> getOwnAttributeNames() {
        return List.of();
    }

    @ExportMessage
    public final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    public final Class<? extends TruffleLanguage<?>> getLanguage() {
        return MiniPyLanguage.class;
    }

    /** {@code repr(x)}; a failing {@code __repr__} shows as the default repr, since displaying must not fail. */
    @ExportMessage
    @TruffleBoundary
    public Object toDisplayString(boolean allowSideEffects) {
        PythonClass cls = GetClassNode.getUncached().execute(this);
        if (allowSideEffects || cls.isBuiltin()) {
            try {
                return PyObjectReprNode.getUncached().execute(this);
            } catch (PException e) {
                // the default repr below
            }
        }
        return "<" + cls.getQualifiedName() + " object>";
    }

    @ExportMessage
    public final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    public final Object getMetaObject(@Cached GetClassNode getClass) {
        return getClass.execute(this);
    }

    @ExportMessage
    public TriState isIdenticalOrUndefined(Object other) {
        return TriState.valueOf(this == other);
    }

    @ExportMessage
    @TruffleBoundary
    public int identityHashCode() {
        return System.identityHashCode(this);
    }

    @ExportMessage
    public boolean hasMembers() {
        return true;
    }

    /** dir(): the object's own attributes, then those of its class and its bases; dunder names are internal. */
    @ExportMessage
    @TruffleBoundary
    public Object getMembers(boolean includeInternal) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String name : getOwnAttributeNames()) {
            names.add(name);
        }
        for (PythonClass c : GetClassNode.getUncached().execute(this).getMro()) {
            names.addAll(c.getDict().keySet());
        }
        if (!includeInternal) {
            names.removeIf(name -> name.startsWith("__") && name.endsWith("__"));
        }
        return new PTuple(names.toArray());
    }

    @ExportMessage
    public boolean isMemberReadable(String member) {
        return PyObjectGetAttrNode.lookup(this, member) != null;
    }

    @ExportMessage
    public Object readMember(String member) throws UnknownIdentifierException {
        Object value = PyObjectGetAttrNode.lookup(this, member);
        if (value == null) {
            throw UnknownIdentifierException.create(member);
        }
        return value;
    }

    @ExportMessage
    public boolean isMemberModifiable(String member) {
        return hasWritableAttributes() && isMemberReadable(member);
    }

    @ExportMessage
    public boolean isMemberInsertable(String member) {
        return hasWritableAttributes() && !isMemberReadable(member);
    }

    @ExportMessage
    public void writeMember(String member, Object value,
                    @Shared @Cached InteropToPythonNode toPython,
                    @Cached PyObjectSetAttrNode setAttr) throws UnsupportedMessageException {
        if (!hasWritableAttributes()) {
            throw UnsupportedMessageException.create();
        }
        setAttr.execute(this, member, toPython.execute(value));
    }

    @ExportMessage
    public boolean isMemberRemovable(String member) {
        return hasWritableAttributes() && isMemberReadable(member);
    }

    @ExportMessage
    public void removeMember(String member, @Bind Node node) throws UnsupportedMessageException, UnknownIdentifierException {
        if (!hasWritableAttributes()) {
            throw UnsupportedMessageException.create();
        }
        if (!isMemberReadable(member)) {
            throw UnknownIdentifierException.create(member);
        }
        PyObjectDelAttr.delete(node, this, member);
    }

    @ExportMessage
    public boolean isMemberInvocable(String member) {
        Object value = PyObjectGetAttrNode.lookup(this, member);
        return value != null && PyObjectCallNode.isCallable(value);
    }

    @ExportMessage
    public Object invokeMember(String member, Object[] arguments,
                    @Bind Node node,
                    @Shared @Cached InteropToPythonNode toPython,
                    @Shared @Cached PyObjectCallNode call) throws UnknownIdentifierException {
        Object method = PyObjectGetAttrNode.lookup(this, member);
        if (method == null) {
            throw UnknownIdentifierException.create(member);
        }
        return callFromHost(node, call, method, toPython.executeAll(arguments));
    }

    @ExportMessage
    public boolean isExecutable() {
        return PyObjectCallNode.isCallable(this);
    }

    @ExportMessage
    public Object execute(Object[] arguments,
                    @Bind Node node,
                    @Shared @Cached InteropToPythonNode toPython,
                    @Shared @Cached PyObjectCallNode call) throws UnsupportedMessageException {
        if (!isExecutable()) {
            throw UnsupportedMessageException.create();
        }
        return callFromHost(node, call, this, toPython.executeAll(arguments));
    }

    /**
     * A call from another language: positional arguments only, already converted. What Python code printed
     * is flushed before the caller, who may write to the same stream, goes on.
     */
    static Object callFromHost(Node node, PyObjectCallNode call, Object callee, Object[] arguments) {
        try {
            return call.execute(callee, PArguments.ofPositional(arguments));
        } finally {
            MiniPyContext.get(node).flushOutput();
        }
    }
}
