package org.minipy.builtins.types;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.DescriptorErrors;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.ByteSource;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.runtime.FastSearch;
import org.minipy.runtime.PBaseException;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.ArraySize;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.formatting.StrHex;
import org.minipy.runtime.PythonClass;

import static org.minipy.nodes.object.ByteSource.bytesLikeOrNull;
import static org.minipy.runtime.PythonBuiltinClassType.LookupError;
import static org.minipy.runtime.PythonBuiltinClassType.OverflowError;
import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * The methods bytes and bytearray share (Objects/bytes_methods.c and the common part of
 * bytesobject.c / bytearrayobject.c). Methods that build a new sequence return the receiver's type;
 * bytearray's mutating methods are in {@link ByteArrayBuiltins}.
 */
@CoreFunctions(extendClasses = {PythonBuiltinClassType.bytes, PythonBuiltinClassType.bytearray})
public final class BytesBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return BytesBuiltinsFactory.getFactories();
    }

    // ---- access to the receiver and to bytes-like arguments

    /** The receiver's backing array (a bytearray's may be longer than its length). */
    static byte[] data(Node node, Object self) {
        if (self instanceof PBytes b) {
            return b.getBytes();
        } else if (self instanceof PByteArray b) {
            return b.getBytes();
        }
        throw wrongSelf(node, self, "bytes");
    }

    static int length(Object self) {
        return self instanceof PBytes b ? b.length() : ((PByteArray) self).length();
    }

    /** The receiver's contents as an array of exactly its length (shared for bytes, copied for bytearray). */
    static byte[] contents(Node node, Object self) {
        byte[] data = data(node, self);
        int length = length(self);
        return data.length == length ? data : Arrays.copyOf(data, length);
    }

    /** A new object of the receiver's type (bytes or bytearray) owning {@code data}. */
    static Object newLike(Object self, byte[] data) {
        return self instanceof PByteArray ? new PByteArray(data) : new PBytes(data);
    }

    @TruffleBoundary
    static RuntimeException wrongSelf(Node node, Object self, String className) {
        Builtin builtin = null;
        for (Class<?> c = node.getClass(); builtin == null && c != null; c = c.getSuperclass()) {
            builtin = c.getAnnotation(Builtin.class);
        }
        String method = builtin == null ? "?" : builtin.name();
        return DescriptorErrors.wrongSelf(node, method, className, self);
    }

    @TruffleBoundary
    static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }

    @TruffleBoundary
    static byte[] bytesLike(Node node, Object value) {
        byte[] bytes = bytesLikeOrNull(value);
        if (bytes == null) {
            throw PRaiseNode.raise(node, TypeError, "a bytes-like object is required, not '%s'", typeName(value));
        }
        return bytes;
    }

    /** An int in range(256), as a byte: what bytearray.append and friends store. */
    @TruffleBoundary
    static byte byteValue(Node node, Object value) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", typeName(value));
        }
        if (!(index instanceof Long l) || l < 0 || l > 255) {
            throw PRaiseNode.raise(node, ValueError, "byte must be in range(0, 256)");
        }
        return (byte) (long) l;
    }

    /** The needle of find/count/index: a bytes-like object or a single byte given as an int. */
    @TruffleBoundary
    static byte[] needle(Node node, Object sub) {
        byte[] bytes = bytesLikeOrNull(sub);
        if (bytes != null) {
            return bytes;
        }
        if (PyNumberIndexNode.getUncached().executeOrNull(sub) == null) {
            throw PRaiseNode.raise(node, TypeError, "argument should be integer or bytes-like object, not '%s'", typeName(sub));
        }
        return new byte[]{byteValue(node, sub)};
    }

    /** An int argument that must fit a C Py_ssize_t. */
    @TruffleBoundary
    static long asSsize(Node node, Object value) {
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "'%s' object cannot be interpreted as an integer", typeName(value));
        }
        if (index instanceof PInt) {
            throw PRaiseNode.raise(node, OverflowError, "Python int too large to convert to C ssize_t");
        }
        return (long) index;
    }

    /**
     * A start argument (_PyEval_SliceIndex then ADJUST_INDICES): negative counts from the end, and
     * unlike an end it may stay past the length, where nothing matches.
     */
    @TruffleBoundary
    static int sliceStart(Node node, Object value, int length) {
        long i = sliceIndex(node, value, 0);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, Integer.MAX_VALUE);
    }

    /** An end argument: negative counts from the end, clamped to [0, length]. */
    @TruffleBoundary
    static int sliceEnd(Node node, Object value, int length) {
        long i = sliceIndex(node, value, length);
        if (i < 0) {
            i = Math.max(0, i + length);
        }
        return (int) Math.min(i, length);
    }

    /** None means the default; ints beyond the long range saturate, as PY_SSIZE_T_MAX does. */
    private static long sliceIndex(Node node, Object value, long defaultValue) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return defaultValue;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        if (index instanceof PInt big) {
            return big.getValue().signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE;
        }
        return (long) index;
    }

    static boolean isSpace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    static boolean isLower(int b) {
        return b >= 'a' && b <= 'z';
    }

    static boolean isUpper(int b) {
        return b >= 'A' && b <= 'Z';
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    // ---- searching

    /** The first (or last) index of {@code needle} in data[start:end], or -1 (fastsearch). */
    static int indexOf(byte[] data, int start, int end, byte[] needle, boolean last) {
        return FastSearch.indexOf(data, start, end, needle, last);
    }

    /** find, rfind, index and rindex (bytes_find_internal); {@code raise} gives index's ValueError. */
    @TruffleBoundary
    static long find(Node node, Object self, Object sub, Object start, Object end, boolean last, boolean raise) {
        byte[] data = data(node, self);
        int length = length(self);
        byte[] needle = needle(node, sub);
        int from = sliceStart(node, start, length);
        int to = sliceEnd(node, end, length);
        int i = from > length ? -1 : indexOf(data, from, to, needle, last);
        if (i < 0 && raise) {
            throw PRaiseNode.raise(node, ValueError, "subsection not found");
        }
        return i;
    }

    @Builtin(name = "find", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long find(Object self, Object sub, Object start, Object end) {
            return BytesBuiltins.find(this, self, sub, start, end, false, false);
        }
    }

    @Builtin(name = "rfind", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long rfind(Object self, Object sub, Object start, Object end) {
            return BytesBuiltins.find(this, self, sub, start, end, true, false);
        }
    }

    @Builtin(name = "index", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long index(Object self, Object sub, Object start, Object end) {
            return BytesBuiltins.find(this, self, sub, start, end, false, true);
        }
    }

    @Builtin(name = "rindex", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        long rindex(Object self, Object sub, Object start, Object end) {
            return BytesBuiltins.find(this, self, sub, start, end, true, true);
        }
    }

    /** Non-overlapping occurrences; an empty needle matches between every byte and at both ends. */
    @Builtin(name = "count", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        long count(Object self, Object sub, Object start, Object end) {
            byte[] data = data(this, self);
            int length = length(self);
            byte[] needle = needle(this, sub);
            int from = sliceStart(this, start, length);
            int to = sliceEnd(this, end, length);
            if (from > to) {
                return 0;
            }
            if (needle.length == 0) {
                return to - from + 1;
            }
            long n = 0;
            for (int i = indexOf(data, from, to, needle, false); i >= 0; i = indexOf(data, i + needle.length, to, needle, false)) {
                n++;
            }
            return n;
        }
    }

    /** startswith and endswith (_Py_bytes_tailmatch): a bytes-like prefix or a tuple of them. */
    @TruffleBoundary
    static boolean tailMatch(Node node, String method, Object self, Object affix, Object start, Object end, boolean atEnd) {
        byte[] data = data(node, self);
        int length = length(self);
        int from = sliceStart(node, start, length);
        int to = sliceEnd(node, end, length);
        if (affix instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (tailMatches(data, length, from, to, bytesLike(node, item), atEnd)) {
                    return true;
                }
            }
            return false;
        }
        byte[] bytes = bytesLikeOrNull(affix);
        if (bytes == null) {
            throw PRaiseNode.raise(node, TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", method, typeName(affix));
        }
        return tailMatches(data, length, from, to, bytes, atEnd);
    }

    // tailmatch
    private static boolean tailMatches(byte[] data, int length, int from, int to, byte[] affix, boolean atEnd) {
        int n = affix.length;
        if (atEnd ? from > length : from > length - n) {
            return false;
        }
        int at = atEnd ? Math.max(from, to - n) : from;
        if (to - at < n) {
            return false;
        }
        return FastSearch.matchesAt(data, at, affix);
    }

    @Builtin(name = "startswith", parameters = {"self", "prefix", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean startswith(Object self, Object prefix, Object start, Object end) {
            return tailMatch(this, "startswith", self, prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", parameters = {"self", "suffix", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        boolean endswith(Object self, Object suffix, Object start, Object end) {
            return tailMatch(this, "endswith", self, suffix, start, end, true);
        }
    }

    // ---- hex and fromhex

    /** bytes.hex and bytearray.hex (_Py_strhex_with_sep). */
    @Builtin(name = "hex", parameters = {"self", "sep", "bytes_per_sep"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class HexNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        String hex(Object self, Object sep, Object bytesPerSep) {
            byte[] data = data(this, self);
            int perSep = bytesPerSep == PNone.NO_VALUE ? 1 : BuiltinArguments.cInt(this, bytesPerSep);
            return StrHex.hex(this, data, 0, length(self), sep, perSep);
        }
    }

    /** bytes.fromhex and bytearray.fromhex: pairs of hex digits, whitespace allowed between pairs. */
    @Builtin(name = "fromhex", parameters = {"cls", "string"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class FromHexNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object fromhex(Object cls, Object string) {
            if (!(string instanceof String s)) {
                throw PRaiseNode.raise(this, TypeError, "fromhex() argument must be str, not %s", typeName(string));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() / 2);
            int n = s.length();
            int i = 0;
            while (i < n) {
                if (isSpace(s.charAt(i))) {
                    i++;
                    continue;
                }
                int top = Character.digit(s.charAt(i), 16);
                if (top < 0 || s.charAt(i) > 127) {
                    throw invalid(i);
                }
                int bot = i + 1 < n && s.charAt(i + 1) <= 127 ? Character.digit(s.charAt(i + 1), 16) : -1;
                if (bot < 0) {
                    throw invalid(i + 1);
                }
                out.write(top << 4 | bot);
                i += 2;
            }
            byte[] bytes = out.toByteArray();
            boolean array = cls instanceof PythonClass c && c.isSubclassOf(PythonBuiltinClassType.bytearray);
            return array ? new PByteArray(bytes) : new PBytes(bytes);
        }

        private RuntimeException invalid(int position) {
            return PRaiseNode.raise(this, ValueError, "non-hexadecimal number found in fromhex() arg at position %d", position);
        }
    }

    // ---- decode

    /**
     * bytes.decode for the codecs minipy has (UTF-8, ASCII, Latin-1) and the error handlers strict,
     * replace, ignore, backslashreplace and surrogateescape, with CPython's error positions and reasons.
     */
    @Builtin(name = "decode", parameters = {"self", "encoding", "errors"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class DecodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        String decode(Object self, Object encodingArg, Object errorsArg) {
            byte[] data = data(this, self);
            int length = length(self);
            String encoding = stringArg(encodingArg, "encoding", "utf-8");
            String errors = stringArg(errorsArg, "errors", "strict");
            String codec = codecName(encoding);
            if (codec == null) {
                throw PRaiseNode.raise(this, LookupError, "unknown encoding: %s", encoding);
            }
            StringBuilder sb = new StringBuilder(length);
            int i = 0;
            while (i < length) {
                int b = data[i] & 0xff;
                if (b < 0x80 || codec.equals("latin-1")) {
                    sb.append((char) b);
                    i++;
                    continue;
                }
                int end;
                String reason;
                if (codec.equals("ascii")) {
                    end = i + 1;
                    reason = "ordinal not in range(128)";
                } else {
                    end = utf8SequenceEnd(data, i, length);
                    if (end > 0) {
                        sb.appendCodePoint(utf8CodePoint(data, i, end));
                        i = end;
                        continue;
                    }
                    end = -end;
                    reason = end == length && utf8IsTruncated(data, i, length) ? "unexpected end of data"
                                    : (end == i + 1 && !utf8IsStart(b) ? "invalid start byte" : "invalid continuation byte");
                }
                handleError(sb, errors, codec, data, length, i, end, reason);
                i = end;
            }
            return sb.toString();
        }

        private String stringArg(Object value, String name, String defaultValue) {
            if (value == PNone.NO_VALUE) {
                return defaultValue;
            }
            if (!(value instanceof String s)) {
                throw PRaiseNode.raise(this, TypeError, "decode() argument '%s' must be str, not %s", name, typeName(value));
            }
            return s;
        }

        /** The codec's canonical name after CPython's normalization and aliases, or null. */
        private static String codecName(String encoding) {
            String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            return switch (n) {
                case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
                case "ascii", "us_ascii", "646", "us" -> "ascii";
                case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" -> "latin-1";
                default -> null;
            };
        }

        private static boolean utf8IsStart(int b) {
            return b >= 0xc2 && b <= 0xf4;
        }

        /** The allowed range of the second byte after a lead byte (excludes overlongs and surrogates). */
        private static boolean utf8SecondOk(int lead, int b) {
            return switch (lead) {
                case 0xe0 -> b >= 0xa0 && b <= 0xbf;
                case 0xed -> b >= 0x80 && b <= 0x9f;
                case 0xf0 -> b >= 0x90 && b <= 0xbf;
                case 0xf4 -> b >= 0x80 && b <= 0x8f;
                default -> b >= 0x80 && b <= 0xbf;
            };
        }

        /**
         * The end of a valid sequence starting at {@code i}, or minus the end of the invalid range
         * (CPython reports the valid prefix of a broken sequence as one error).
         */
        private static int utf8SequenceEnd(byte[] data, int i, int length) {
            int lead = data[i] & 0xff;
            if (!utf8IsStart(lead)) {
                return -(i + 1);
            }
            int need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
            for (int k = 1; k <= need; k++) {
                if (i + k >= length) {
                    return -length;
                }
                int b = data[i + k] & 0xff;
                boolean ok = k == 1 ? utf8SecondOk(lead, b) : b >= 0x80 && b <= 0xbf;
                if (!ok) {
                    return -(i + k);
                }
            }
            return i + need + 1;
        }

        /** True if the bytes from i to the end are a valid but incomplete sequence. */
        private static boolean utf8IsTruncated(byte[] data, int i, int length) {
            int lead = data[i] & 0xff;
            if (!utf8IsStart(lead)) {
                return false;
            }
            for (int k = i + 1; k < length; k++) {
                int b = data[k] & 0xff;
                if (!(k == i + 1 ? utf8SecondOk(lead, b) : b >= 0x80 && b <= 0xbf)) {
                    return false;
                }
            }
            return true;
        }

        private static int utf8CodePoint(byte[] data, int i, int end) {
            int lead = data[i] & 0xff;
            int cp = end - i == 2 ? lead & 0x1f : end - i == 3 ? lead & 0x0f : lead & 0x07;
            for (int k = i + 1; k < end; k++) {
                cp = cp << 6 | (data[k] & 0x3f);
            }
            return cp;
        }

        private void handleError(StringBuilder sb, String errors, String codec, byte[] data, int length, int start, int end, String reason) {
            switch (errors) {
                case "strict" -> throw decodeError(codec, data, length, start, end, reason);
                case "replace" -> sb.append('\ufffd');
                case "ignore" -> {
                }
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) {
                        sb.append(String.format("\\x%02x", data[k] & 0xff));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end; k++) {
                        sb.append((char) (0xdc00 | (data[k] & 0xff)));
                    }
                }
                default -> throw PRaiseNode.raise(this, LookupError, "unknown error handler name '%s'", errors);
            }
        }

        /** A UnicodeDecodeError with CPython's arguments and attributes. */
        private RuntimeException decodeError(String codec, byte[] data, int length, int start, int end, String reason) {
            return PRaiseNode.raise(this, UnicodeErrors.create(PythonBuiltinClassType.UnicodeDecodeError, codec, new PBytes(Arrays.copyOf(data, length)), start,
                            end, reason));
        }
    }

    // ---- join, split, strip, replace, partition

    @Builtin(name = "join", parameters = {"self", "iterable_of_bytes"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object join(Object self, Object iterable) {
            byte[] sep = contents(this, self);
            Object[] items = IterableToArray.toArray(this, iterable, "can only join an iterable");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < items.length; i++) {
                byte[] item = ByteSource.bytesLikeOrNullIfRefused(items[i]);
                if (item == null) {
                    throw PRaiseNode.raise(this, TypeError, "sequence item %d: expected a bytes-like object, %s found", i, typeName(items[i]));
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(item);
            }
            return newLike(self, out.toByteArray());
        }
    }

    /** The maxsplit argument: any negative value means no limit. */
    static int maxSplit(Node node, Object value) {
        if (value == PNone.NO_VALUE) {
            return Integer.MAX_VALUE;
        }
        long n = asSsize(node, value);
        return n < 0 || n > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) n;
    }

    /** split and rsplit (bytes_split / stringlib split_whitespace / rsplit). */
    @TruffleBoundary
    static PList split(Node node, Object self, Object sepArg, Object maxSplitArg, boolean fromRight) {
        byte[] data = data(node, self);
        int length = length(self);
        int maxSplit = maxSplit(node, maxSplitArg);
        List<Object> parts = new ArrayList<>();
        if (sepArg == PNone.NO_VALUE || sepArg == PNone.NONE) {
            splitWhitespace(self, data, length, maxSplit, fromRight, parts);
        } else {
            byte[] sep = bytesLike(node, sepArg);
            if (sep.length == 0) {
                throw PRaiseNode.raise(node, ValueError, "empty separator");
            }
            if (fromRight) {
                int end = length;
                for (int i = indexOf(data, 0, end, sep, true); i >= 0 && parts.size() < maxSplit; i = indexOf(data, 0, end, sep, true)) {
                    parts.add(newLike(self, Arrays.copyOfRange(data, i + sep.length, end)));
                    end = i;
                }
                parts.add(newLike(self, Arrays.copyOfRange(data, 0, end)));
            } else {
                int start = 0;
                for (int i = indexOf(data, 0, length, sep, false); i >= 0 && parts.size() < maxSplit; i = indexOf(data, start, length, sep, false)) {
                    parts.add(newLike(self, Arrays.copyOfRange(data, start, i)));
                    start = i + sep.length;
                }
                parts.add(newLike(self, Arrays.copyOfRange(data, start, length)));
            }
        }
        if (fromRight) {
            Collections.reverse(parts);
        }
        return new PList(parts.toArray());
    }

    private static void splitWhitespace(Object self, byte[] data, int length, int maxSplit, boolean fromRight, List<Object> parts) {
        if (fromRight) {
            int i = length - 1;
            while (true) {
                while (i >= 0 && isSpace(data[i])) {
                    i--;
                }
                if (i < 0) {
                    return;
                }
                if (parts.size() == maxSplit) {
                    parts.add(newLike(self, Arrays.copyOfRange(data, 0, i + 1)));
                    return;
                }
                int end = i + 1;
                while (i >= 0 && !isSpace(data[i])) {
                    i--;
                }
                parts.add(newLike(self, Arrays.copyOfRange(data, i + 1, end)));
            }
        }
        int i = 0;
        while (true) {
            while (i < length && isSpace(data[i])) {
                i++;
            }
            if (i == length) {
                return;
            }
            if (parts.size() == maxSplit) {
                parts.add(newLike(self, Arrays.copyOfRange(data, i, length)));
                return;
            }
            int start = i;
            while (i < length && !isSpace(data[i])) {
                i++;
            }
            parts.add(newLike(self, Arrays.copyOfRange(data, start, i)));
        }
    }

    @Builtin(name = "split", parameters = {"self", "sep", "maxsplit"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList split(Object self, Object sep, Object maxSplit) {
            return BytesBuiltins.split(this, self, sep, maxSplit, false);
        }
    }

    @Builtin(name = "rsplit", parameters = {"self", "sep", "maxsplit"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        PList rsplit(Object self, Object sep, Object maxSplit) {
            return BytesBuiltins.split(this, self, sep, maxSplit, true);
        }
    }

    /** strip, lstrip and rstrip: ASCII whitespace, or the bytes of a bytes-like argument. */
    @TruffleBoundary
    static Object strip(Node node, Object self, Object charsArg, boolean left, boolean right) {
        byte[] data = data(node, self);
        int length = length(self);
        boolean[] strip = new boolean[256];
        if (charsArg == PNone.NO_VALUE || charsArg == PNone.NONE) {
            for (int c = 0; c < 256; c++) {
                strip[c] = isSpace(c);
            }
        } else {
            for (byte b : bytesLike(node, charsArg)) {
                strip[b & 0xff] = true;
            }
        }
        int start = 0;
        int end = length;
        while (left && start < end && strip[data[start] & 0xff]) {
            start++;
        }
        while (right && end > start && strip[data[end - 1] & 0xff]) {
            end--;
        }
        return newLike(self, Arrays.copyOfRange(data, start, end));
    }

    @Builtin(name = "strip", parameters = {"self", "bytes"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object strip(Object self, Object chars) {
            return BytesBuiltins.strip(this, self, chars, true, true);
        }
    }

    @Builtin(name = "lstrip", parameters = {"self", "bytes"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class LStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lstrip(Object self, Object chars) {
            return BytesBuiltins.strip(this, self, chars, true, false);
        }
    }

    @Builtin(name = "rstrip", parameters = {"self", "bytes"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class RStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object rstrip(Object self, Object chars) {
            return BytesBuiltins.strip(this, self, chars, false, true);
        }
    }

    /** bytes.replace: an empty {@code old} inserts {@code new} before every byte and at the end. */
    @Builtin(name = "replace", parameters = {"self", "old", "new", "count"}, minArgs = 3)
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object replace(Object self, Object oldArg, Object newArg, Object countArg) {
            byte[] data = contents(this, self);
            byte[] old = bytesLike(this, oldArg);
            byte[] replacement = bytesLike(this, newArg);
            long count = countArg == PNone.NO_VALUE ? -1 : asSsize(this, countArg);
            if (count < 0) {
                count = Long.MAX_VALUE;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            int start = 0;
            long done = 0;
            if (old.length == 0) {
                for (; done < count && start <= data.length; done++) {
                    out.writeBytes(replacement);
                    if (start < data.length) {
                        out.write(data[start]);
                    }
                    start++;
                }
                if (start < data.length) {
                    out.write(data, start, data.length - start);
                }
                return newLike(self, out.toByteArray());
            }
            for (int i = indexOf(data, 0, data.length, old, false); i >= 0 && done < count; i = indexOf(data, start, data.length, old, false)) {
                out.write(data, start, i - start);
                out.writeBytes(replacement);
                start = i + old.length;
                done++;
            }
            out.write(data, start, data.length - start);
            return newLike(self, out.toByteArray());
        }
    }

    /** partition and rpartition: a 3-tuple; when sep is absent the whole goes first (or last). */
    @TruffleBoundary
    static PTuple partition(Node node, Object self, Object sepArg, boolean last) {
        byte[] data = contents(node, self);
        byte[] sep = bytesLike(node, sepArg);
        if (sep.length == 0) {
            throw PRaiseNode.raise(node, ValueError, "empty separator");
        }
        int i = indexOf(data, 0, data.length, sep, last);
        if (i < 0) {
            Object whole = newLike(self, data.clone());
            Object empty1 = newLike(self, new byte[0]);
            Object empty2 = newLike(self, new byte[0]);
            return new PTuple(last ? new Object[]{empty1, empty2, whole} : new Object[]{whole, empty1, empty2});
        }
        return new PTuple(new Object[]{newLike(self, Arrays.copyOfRange(data, 0, i)), newLike(self, sep.clone()),
                        newLike(self, Arrays.copyOfRange(data, i + sep.length, data.length))});
    }

    @Builtin(name = "partition", parameters = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple partition(Object self, Object sep) {
            return BytesBuiltins.partition(this, self, sep, false);
        }
    }

    @Builtin(name = "rpartition", parameters = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        PTuple rpartition(Object self, Object sep) {
            return BytesBuiltins.partition(this, self, sep, true);
        }
    }

    /** splitlines: \n, \r and \r\n end lines, kept when keepends is true. */
    @Builtin(name = "splitlines", parameters = {"self", "keepends"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        PList splitlines(Object self, Object keepEndsArg) {
            byte[] data = data(this, self);
            int length = length(self);
            boolean keepEnds = keepEndsArg != PNone.NO_VALUE && asSsize(this, keepEndsArg) != 0;
            List<Object> lines = new ArrayList<>();
            int start = 0;
            while (start < length) {
                int i = start;
                while (i < length && data[i] != '\n' && data[i] != '\r') {
                    i++;
                }
                int eol = i;
                if (i < length) {
                    i += data[i] == '\r' && i + 1 < length && data[i + 1] == '\n' ? 2 : 1;
                }
                lines.add(newLike(self, Arrays.copyOfRange(data, start, keepEnds ? i : eol)));
                start = i;
            }
            return new PList(lines.toArray());
        }
    }

    /** bytes.maketrans: a static method, so the class it is called through is ignored; always bytes. */
    @Builtin(name = "maketrans", parameters = {"cls", "frm", "to"}, isClassmethod = true)
    @GenerateNodeFactory
    public abstract static class MakeTransNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        PBytes maketrans(@SuppressWarnings("unused") Object cls, Object fromArg, Object toArg) {
            byte[] from = bytesLike(this, fromArg);
            byte[] to = bytesLike(this, toArg);
            if (from.length != to.length) {
                throw PRaiseNode.raise(this, ValueError, "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PBytes(table);
        }
    }

    /** bytes.translate: map every byte through a 256-byte table (None: unchanged), dropping {@code delete}'s bytes. */
    @Builtin(name = "translate", parameters = {"self", "table", "delete"}, positionalOnly = 2, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class TranslateNode extends PythonTernaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object translate(Object self, Object tableArg, Object deleteArg) {
            byte[] data = data(this, self);
            int length = length(self);
            byte[] table = tableArg == PNone.NONE ? null : bytesLike(this, tableArg);
            if (table != null && table.length != 256) {
                throw PRaiseNode.raise(this, ValueError, "translation table must be 256 characters long");
            }
            boolean[] deleted = new boolean[256];
            if (deleteArg != PNone.NO_VALUE) {
                for (byte b : bytesLike(this, deleteArg)) {
                    deleted[b & 0xff] = true;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            for (int i = 0; i < length; i++) {
                int b = data[i] & 0xff;
                if (!deleted[b]) {
                    out.write(table == null ? b : table[b]);
                }
            }
            return newLike(self, out.toByteArray());
        }
    }

    // ---- ASCII case conversion and predicates

    enum CaseChange {
        UPPER,
        LOWER,
        SWAPCASE,
        /** Upper after an uncased byte, lower after a cased one. */
        TITLE,
        /** Upper first, lower afterwards. */
        CAPITALIZE
    }

    /** upper, lower, swapcase, title and capitalize, on ASCII letters only. */
    @TruffleBoundary
    static Object changeCase(Node node, Object self, CaseChange mode) {
        byte[] data = Arrays.copyOf(data(node, self), length(self));
        boolean previousCased = false;
        for (int i = 0; i < data.length; i++) {
            int b = data[i];
            boolean toUpper = switch (mode) {
                case UPPER -> true;
                case LOWER -> false;
                case SWAPCASE -> isLower(b);
                case TITLE -> !previousCased;
                case CAPITALIZE -> i == 0;
            };
            if (toUpper && isLower(b)) {
                data[i] = (byte) (b - 32);
            } else if (!toUpper && isUpper(b)) {
                data[i] = (byte) (b + 32);
            }
            previousCased = isLower(b) || isUpper(b);
        }
        return newLike(self, data);
    }

    @Builtin(name = "upper", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object upper(Object self) {
            return changeCase(this, self, CaseChange.UPPER);
        }
    }

    @Builtin(name = "lower", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object lower(Object self) {
            return changeCase(this, self, CaseChange.LOWER);
        }
    }

    @Builtin(name = "swapcase", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapCaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object swapcase(Object self) {
            return changeCase(this, self, CaseChange.SWAPCASE);
        }
    }

    @Builtin(name = "title", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object title(Object self) {
            return changeCase(this, self, CaseChange.TITLE);
        }
    }

    @Builtin(name = "capitalize", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object capitalize(Object self) {
            return changeCase(this, self, CaseChange.CAPITALIZE);
        }
    }

    enum ByteClass {
        DIGIT,
        ALPHA,
        ALNUM,
        SPACE,
        ASCII
    }

    /** The is* predicates: every byte in the class (ASCII only); only isascii is true when empty. */
    @TruffleBoundary
    static boolean all(Node node, Object self, ByteClass kind) {
        byte[] data = data(node, self);
        int length = length(self);
        if (length == 0) {
            return kind == ByteClass.ASCII;
        }
        for (int i = 0; i < length; i++) {
            int b = data[i];
            boolean ok = switch (kind) {
                case DIGIT -> isDigit(b);
                case ALPHA -> isLower(b) || isUpper(b);
                case ALNUM -> isLower(b) || isUpper(b) || isDigit(b);
                case SPACE -> isSpace(b);
                case ASCII -> b >= 0;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Builtin(name = "isdigit", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isdigit(Object self) {
            return all(this, self, ByteClass.DIGIT);
        }
    }

    @Builtin(name = "isalpha", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isalpha(Object self) {
            return all(this, self, ByteClass.ALPHA);
        }
    }

    @Builtin(name = "isalnum", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isalnum(Object self) {
            return all(this, self, ByteClass.ALNUM);
        }
    }

    @Builtin(name = "isspace", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isspace(Object self) {
            return all(this, self, ByteClass.SPACE);
        }
    }

    @Builtin(name = "isascii", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isascii(Object self) {
            return all(this, self, ByteClass.ASCII);
        }
    }

    /** isupper and islower: at least one cased byte and none of the other case. */
    @TruffleBoundary
    static boolean isCase(Node node, Object self, boolean upper) {
        byte[] data = data(node, self);
        int length = length(self);
        boolean cased = false;
        for (int i = 0; i < length; i++) {
            int b = data[i];
            if (upper ? isLower(b) : isUpper(b)) {
                return false;
            }
            cased |= upper ? isUpper(b) : isLower(b);
        }
        return cased;
    }

    @Builtin(name = "isupper", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean isupper(Object self) {
            return isCase(this, self, true);
        }
    }

    @Builtin(name = "islower", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        boolean islower(Object self) {
            return isCase(this, self, false);
        }
    }

    /** istitle: uppercase letters only after uncased bytes, lowercase only after cased ones. */
    @Builtin(name = "istitle", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        boolean istitle(Object self) {
            byte[] data = data(this, self);
            int length = length(self);
            boolean cased = false;
            boolean previousCased = false;
            for (int i = 0; i < length; i++) {
                int b = data[i];
                if (isUpper(b)) {
                    if (previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else if (isLower(b)) {
                    if (!previousCased) {
                        return false;
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return cased;
        }
    }

    // ---- prefix/suffix removal and padding

    @TruffleBoundary
    static Object removeAffix(Node node, Object self, Object affixArg, boolean suffix) {
        byte[] data = contents(node, self);
        byte[] affix = bytesLike(node, affixArg);
        boolean matches = affix.length <= data.length && FastSearch.matchesAt(data, suffix ? data.length - affix.length : 0, affix);
        if (!matches) {
            return newLike(self, data.clone());
        }
        return newLike(self, suffix ? Arrays.copyOf(data, data.length - affix.length) : Arrays.copyOfRange(data, affix.length, data.length));
    }

    @Builtin(name = "removeprefix", parameters = {"self", "prefix"})
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object removeprefix(Object self, Object prefix) {
            return removeAffix(this, self, prefix, false);
        }
    }

    @Builtin(name = "removesuffix", parameters = {"self", "suffix"})
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object removesuffix(Object self, Object suffix) {
            return removeAffix(this, self, suffix, true);
        }
    }

    /** Where the original bytes go when padding. */
    enum Align {
        LEFT,
        RIGHT,
        CENTER
    }

    /** center, ljust and rjust (stringlib pad); the fill is a bytes-like of length 1. */
    @TruffleBoundary
    static Object pad(Node node, String method, Object self, Object widthArg, Object fillArg, Align align) {
        byte[] data = contents(node, self);
        long width = asSsize(node, widthArg);
        byte fill = ' ';
        if (fillArg != PNone.NO_VALUE) {
            byte[] f = bytesLikeOrNull(fillArg);
            if (f == null || f.length != 1) {
                throw PRaiseNode.raise(node, TypeError, "%s() argument 2 must be a byte string of length 1, not %s", method,
                                f == null ? typeName(fillArg) : (fillArg instanceof PBytes ? "bytes" : "bytearray"));
            }
            fill = f[0];
        }
        if (width <= data.length) {
            return newLike(self, data.clone());
        }
        int total = (int) width - data.length;
        int left = switch (align) {
            case LEFT -> 0;
            case RIGHT -> total;
            // CPython's center puts the odd byte on the left when the width is odd
            case CENTER -> total / 2 + (total & (int) width & 1);
        };
        byte[] result = new byte[ArraySize.check(node, width)];
        Arrays.fill(result, fill);
        System.arraycopy(data, 0, result, left, data.length);
        return newLike(self, result);
    }

    @Builtin(name = "center", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object center(Object self, Object width, Object fill) {
            return pad(this, "center", self, width, fill, Align.CENTER);
        }
    }

    @Builtin(name = "ljust", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object ljust(Object self, Object width, Object fill) {
            return pad(this, "ljust", self, width, fill, Align.LEFT);
        }
    }

    @Builtin(name = "rjust", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object rjust(Object self, Object width, Object fill) {
            return pad(this, "rjust", self, width, fill, Align.RIGHT);
        }
    }

    /** expandtabs: each tab becomes spaces up to the next multiple of tabsize; newlines reset the column. */
    @Builtin(name = "expandtabs", parameters = {"self", "tabsize"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object expandtabs(Object self, Object tabSizeArg) {
            byte[] data = data(this, self);
            int length = length(self);
            long tabSize = tabSizeArg == PNone.NO_VALUE ? 8 : BuiltinArguments.cInt(this, tabSizeArg);
            ArraySize.check(this, expandedLength(data, length, tabSize));
            ByteArrayOutputStream out = new ByteArrayOutputStream(length);
            long column = 0;
            for (int i = 0; i < length; i++) {
                byte b = data[i];
                if (b == '\t') {
                    if (tabSize > 0) {
                        long spaces = tabSize - column % tabSize;
                        for (long k = 0; k < spaces; k++) {
                            out.write(' ');
                        }
                        column += spaces;
                    }
                } else {
                    out.write(b);
                    column = b == '\n' || b == '\r' ? 0 : column + 1;
                }
            }
            return newLike(self, out.toByteArray());
        }
    }

    /** The length of the result of expandtabs, computed first so that an impossible one is refused before any work. */
    private static long expandedLength(byte[] data, int length, long tabSize) {
        long result = 0;
        long column = 0;
        for (int i = 0; i < length; i++) {
            byte b = data[i];
            if (b == '\t') {
                long spaces = tabSize > 0 ? tabSize - column % tabSize : 0;
                column += spaces;
                result += spaces;
            } else {
                result++;
                column = b == '\n' || b == '\r' ? 0 : column + 1;
            }
        }
        return result;
    }

    /** zfill: zeros on the left, after a leading sign. */
    @Builtin(name = "zfill", parameters = {"self", "width"})
    @GenerateNodeFactory
    public abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object zfill(Object self, Object widthArg) {
            byte[] data = contents(this, self);
            long width = asSsize(this, widthArg);
            if (width <= data.length) {
                return newLike(self, data.clone());
            }
            byte[] result = new byte[ArraySize.check(this, width)];
            int fill = (int) width - data.length;
            Arrays.fill(result, 0, fill, (byte) '0');
            System.arraycopy(data, 0, result, fill, data.length);
            if (data.length > 0 && (data[0] == '+' || data[0] == '-')) {
                result[0] = data[0];
                result[fill] = '0';
            }
            return newLike(self, result);
        }
    }

    /** printf-style formatting (PEP 461); a bytearray format makes a bytearray. */
    @Builtin(name = "__mod__", parameters = {"self", "args"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object mod(Object self, Object args) {
            return newLike(self, PercentFormatter.ForBytes.format(this, contents(this, self), args));
        }
    }
}
