package org.minipy.builtins.modules;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.strings.TruffleString;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PRegex;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

/**
 * {@code _tregex}: the regular expression engine under minipy's {@code re} module, TRegex with its Python flavor
 * (as GraalPy's {@code _sre} uses it). {@code re} (Python, in minipy's library) validates the arguments and builds
 * Pattern and Match objects; this module compiles and runs the programs.
 */
@CoreFunctions(defineModule = "_tregex")
public final class TRegexModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return TRegexModuleBuiltinsFactory.getFactories();
    }

    /**
     * compile(pattern, flags, method, must_advance): pattern a str or bytes, flags TRegex's Python flag letters
     * (aiLmsux), method "search", "match" or "fullmatch"; with must_advance a match may not be empty where the
     * search starts (what re needs after an empty match). A syntax error raises ValueError(message, position).
     */
    @Builtin(name = "compile", parameters = {"pattern", "flags", "method", "must_advance"})
    @GenerateNodeFactory
    public abstract static class CompileNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object compile(Object pattern, Object flags, Object method, Object mustAdvance) {
            if (!(flags instanceof String f) || !(method instanceof String m) || !(mustAdvance instanceof Boolean advance)) {
                throw PRaiseNode.raise(this, TypeError, "_tregex.compile(pattern: str | bytes, flags: str, method: str, must_advance: bool)");
            }
            if (pattern instanceof String s) {
                return compileRegex(this, s, false, f, m, advance);
            } else if (pattern instanceof PBytes b) {
                return compileRegex(this, new String(b.getBytes(), 0, b.length(), StandardCharsets.ISO_8859_1), true, f, m, advance);
            }
            throw PRaiseNode.raise(this, TypeError, "first argument must be string or compiled pattern");
        }
    }

    @TruffleBoundary
    private static Object compileRegex(Node node, String pattern, boolean bytes, String flags, String method, boolean mustAdvance) {
        String options = "Flavor=Python,Encoding=" + (bytes ? "LATIN-1" : "UTF-32") + ",PythonMethod=" + method + (mustAdvance ? ",MustAdvance=true" : "") + "/";
        Source source = Source.newBuilder("regex", options + pattern + "/" + flags, "re").mimeType("application/tregex").internal(true).build();
        Object compiled;
        try {
            compiled = MiniPyContext.get(node).getEnv().parseInternal(source).call();
        } catch (AbstractTruffleException e) {
            if (isParseError(e)) {
                throw syntaxError(node, e);
            }
            throw e;
        }
        if (InteropLibrary.getUncached().isNull(compiled)) {
            throw PRaiseNode.raise(node, PythonBuiltinClassType.NotImplementedError, "the regular expression engine cannot run this pattern");
        }
        return new PRegex(compiled, bytes);
    }

    private static boolean isParseError(AbstractTruffleException e) {
        try {
            return InteropLibrary.getUncached().getExceptionType(e) == ExceptionType.PARSE_ERROR;
        } catch (InteropException x) {
            return false;
        }
    }

    /**
     * ValueError(message, position): TRegex's message is CPython's, and its source section is the position in the
     * pattern (-1: no position).
     */
    private static RuntimeException syntaxError(Node node, AbstractTruffleException e) {
        long position = -1;
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            if (interop.hasSourceLocation(e)) {
                position = interop.getSourceLocation(e).getCharIndex();
            }
        } catch (InteropException x) {
            position = -1;
        }
        return PRaiseNode.raise(node, new PBaseException(PythonBuiltinClassType.ValueError, null, new PTuple(new Object[]{e.getMessage(), position})));
    }

    /**
     * exec(regex, string, pos, endpos): the (start, end) offsets of the match and of each group, flattened (-1 for
     * a group that did not take part), or None; the string as if it ended at endpos.
     */
    @Builtin(name = "exec", parameters = {"regex", "string", "pos", "endpos"})
    @GenerateNodeFactory
    public abstract static class ExecNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object exec(PRegex regex, Object string, long pos, long endpos) {
            TruffleString input;
            if (string instanceof String s && !regex.isBytes()) {
                input = utf32(s, (int) endpos);
            } else if (string instanceof PBytes b && regex.isBytes()) {
                input = TruffleString.fromByteArrayUncached(b.getBytes(), 0, (int) Math.min(endpos, b.length()), TruffleString.Encoding.ISO_8859_1, true);
            } else {
                throw PRaiseNode.raise(this, TypeError, regex.isBytes() ? "cannot use a bytes pattern on a string-like object" : "cannot use a string pattern on a bytes-like object");
            }
            return run(regex.getCompiled(), input, (int) pos);
        }
    }

    @TruffleBoundary
    private static TruffleString utf32(String s, int endCodePoints) {
        String cut = s.codePointCount(0, s.length()) <= endCodePoints ? s : s.substring(0, s.offsetByCodePoints(0, endCodePoints));
        return TruffleString.fromJavaStringUncached(cut, TruffleString.Encoding.UTF_16).switchEncodingUncached(TruffleString.Encoding.UTF_32);
    }

    @TruffleBoundary
    private static Object run(Object compiled, TruffleString input, int pos) {
        InteropLibrary interop = InteropLibrary.getUncached();
        try {
            Object result = interop.invokeMember(compiled, "exec", input, pos);
            if (!interop.asBoolean(interop.readMember(result, "isMatch"))) {
                return PNone.NONE;
            }
            int groups = interop.asInt(interop.readMember(compiled, "groupCount"));
            Object[] offsets = new Object[groups * 2];
            for (int i = 0; i < groups; i++) {
                offsets[2 * i] = (long) interop.asInt(interop.invokeMember(result, "getStart", i));
                offsets[2 * i + 1] = (long) interop.asInt(interop.invokeMember(result, "getEnd", i));
            }
            return new PTuple(offsets);
        } catch (InteropException e) {
            throw new IllegalStateException("TRegex's result protocol changed", e);
        }
    }

    /** groupindex(regex): {name: group number} of the named groups. */
    @Builtin(name = "groupindex", parameters = {"regex"})
    @GenerateNodeFactory
    public abstract static class GroupIndexNode extends PythonUnaryBuiltinNode {
        @Specialization
        static Object groupIndex(PRegex regex) {
            return namedGroups(regex.getCompiled());
        }
    }

    @TruffleBoundary
    private static PDict namedGroups(Object compiled) {
        InteropLibrary interop = InteropLibrary.getUncached();
        PDict result = new PDict();
        try {
            Object groups = interop.readMember(compiled, "groups");
            if (interop.isNull(groups)) {
                return result;
            }
            Object names = interop.getMembers(groups);
            long count = interop.getArraySize(names);
            for (long i = 0; i < count; i++) {
                String name = interop.asString(interop.readArrayElement(names, i));
                Object indices = interop.readMember(groups, name);
                long index = interop.hasArrayElements(indices) ? interop.asLong(interop.readArrayElement(indices, 0)) : interop.asLong(indices);
                result.put(name, index);
            }
        } catch (InteropException e) {
            throw new IllegalStateException("TRegex's group protocol changed", e);
        }
        return result;
    }

    /** groups(regex): the number of capturing groups. */
    @Builtin(name = "groups", parameters = {"regex"})
    @GenerateNodeFactory
    public abstract static class GroupsNode extends PythonUnaryBuiltinNode {
        @Specialization
        static long groups(PRegex regex) {
            return groupCount(regex.getCompiled()) - 1;
        }
    }

    @TruffleBoundary
    private static long groupCount(Object compiled) {
        try {
            return InteropLibrary.getUncached().asInt(InteropLibrary.getUncached().readMember(compiled, "groupCount"));
        } catch (InteropException e) {
            throw new IllegalStateException("TRegex's group protocol changed", e);
        }
    }
}
