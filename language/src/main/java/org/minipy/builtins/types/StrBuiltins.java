package org.minipy.builtins.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyContext;
import org.minipy.builtins.Builtin;
import org.minipy.builtins.CoreFunctions;
import org.minipy.builtins.PythonBinaryBuiltinNode;
import org.minipy.builtins.PythonBuiltinNode;
import org.minipy.builtins.PythonBuiltins;
import org.minipy.builtins.PythonQuaternaryBuiltinNode;
import org.minipy.builtins.PythonTernaryBuiltinNode;
import org.minipy.builtins.PythonUnaryBuiltinNode;
import org.minipy.builtins.PythonVarargsBuiltinNode;
import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.call.PyObjectCallNode;
import org.minipy.nodes.expression.AsciiNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.nodes.object.IterableToArray;
import org.minipy.nodes.object.PyNumberIndexNode;
import org.minipy.nodes.object.PyObjectGetAttrNode;
import org.minipy.nodes.object.PyObjectGetItemNode;
import org.minipy.nodes.object.PyObjectReprNode;
import org.minipy.nodes.object.PyObjectFormatNode;
import org.minipy.nodes.object.PyObjectStrNode;
import org.minipy.runtime.PArguments;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.ArraySize;
import org.minipy.runtime.PInt;
import org.minipy.runtime.PList;
import org.minipy.runtime.PNone;
import org.minipy.runtime.PTuple;
import org.minipy.runtime.PythonBuiltinClassType;
import org.minipy.runtime.formatting.StringRepr;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;
import static org.minipy.runtime.PythonBuiltinClassType.ValueError;

/**
 * Methods of {@code str} (Objects/unicodeobject.c). A str is a Java String; Python indexes code
 * points, so positions are translated wherever a string may hold characters outside the BMP.
 */
@CoreFunctions(extendClasses = PythonBuiltinClassType.str)
public final class StrBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinNode>> getNodeFactories() {
        return StrBuiltinsFactory.getFactories();
    }

    private static String self(Node node, Object self, String method) {
        if (self instanceof String s) {
            return s;
        }
        throw ListBuiltins.wrongSelf(node, method, PythonBuiltinClassType.str, self);
    }

    @TruffleBoundary
    static String typeName(Object value) {
        return GetClassNode.getUncached().execute(value).getName();
    }

    /** A str argument, or a TypeError whose message is {@code format} applied to the type's name. */
    private static String strArg(Node node, Object value, String format) {
        if (value instanceof String s) {
            return s;
        }
        throw PRaiseNode.raise(node, TypeError, format, typeName(value));
    }

    /** Py_UNICODE_ISSPACE: what split() and strip() remove; all such characters are in the BMP. */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        }
        int type = Character.getType(c);
        return c == 0x85 || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Py_UNICODE_ISLINEBREAK: the line boundaries of splitlines(). */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    private static boolean isBmp(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char offset of code point {@code index} (0 <= index <= length). */
    private static int charOffset(String s, int index, boolean bmp) {
        return bmp ? index : s.offsetByCodePoints(0, index);
    }

    private static int codePointIndex(String s, int offset, boolean bmp) {
        return bmp ? offset : s.codePointCount(0, offset);
    }

    /** _PyEval_SliceIndex: an optional start or end of find(), count() and their kin. */
    private static long sliceIndex(Node node, Object value, long missing) {
        if (value == PNone.NO_VALUE || value == PNone.NONE) {
            return missing;
        }
        Object index = PyNumberIndexNode.getUncached().executeOrNull(value);
        if (index == null) {
            throw PRaiseNode.raise(node, TypeError, "slice indices must be integers or None or have an __index__ method");
        }
        if (index instanceof Long l) {
            return l;
        }
        return ((PInt) index).getValue().signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** The [start, end) of a search in code points after ADJUST_INDICES; start may exceed the length. */
    private static long[] searchRange(Node node, Object startArg, Object endArg, int length) {
        long start = sliceIndex(node, startArg, 0);
        long end = sliceIndex(node, endArg, Integer.MAX_VALUE);
        if (end > length) {
            end = length;
        } else if (end < 0) {
            end = Math.max(0, end + length);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        return new long[]{start, end};
    }

    /** find() and rfind() in code points: -1 when absent (any_find_slice). */
    @TruffleBoundary
    private static long find(Node node, String s, String sub, Object startArg, Object endArg, boolean reverse) {
        boolean bmp = isBmp(s);
        int n = bmp ? s.length() : length(s);
        long[] range = searchRange(node, startArg, endArg, n);
        long start = range[0];
        long end = range[1];
        if (end - start < length(sub)) {
            return -1;
        }
        int from = charOffset(s, (int) start, bmp);
        int to = charOffset(s, (int) end, bmp);
        int at;
        if (reverse) {
            at = s.lastIndexOf(sub, to - sub.length());
            if (at < from) {
                return -1;
            }
        } else {
            at = s.indexOf(sub, from);
            if (at < 0 || at + sub.length() > to) {
                return -1;
            }
        }
        return codePointIndex(s, at, bmp);
    }

    @Builtin(name = "find", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class FindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object find(Object self, Object sub, Object start, Object end) {
            return StrBuiltins.find(this, self(this, self, "find"), strArg(this, sub, "find() argument 1 must be str, not %s"), start, end, false);
        }
    }

    @Builtin(name = "rfind", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RFindNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object rfind(Object self, Object sub, Object start, Object end) {
            return StrBuiltins.find(this, self(this, self, "rfind"), strArg(this, sub, "rfind() argument 1 must be str, not %s"), start, end, true);
        }
    }

    @Builtin(name = "index", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class IndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object index(Object self, Object sub, Object start, Object end) {
            long i = StrBuiltins.find(this, self(this, self, "index"), strArg(this, sub, "index() argument 1 must be str, not %s"), start, end, false);
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "substring not found");
            }
            return i;
        }
    }

    @Builtin(name = "rindex", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RIndexNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object rindex(Object self, Object sub, Object start, Object end) {
            long i = StrBuiltins.find(this, self(this, self, "rindex"), strArg(this, sub, "rindex() argument 1 must be str, not %s"), start, end, true);
            if (i < 0) {
                throw PRaiseNode.raise(this, ValueError, "substring not found");
            }
            return i;
        }
    }

    @Builtin(name = "count", parameters = {"self", "sub", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class CountNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object count(Object self, Object sub, Object start, Object end) {
            return count(this, self(this, self, "count"), strArg(this, sub, "count() argument 1 must be str, not %s"), start, end);
        }

        @TruffleBoundary
        private static long count(Node node, String s, String sub, Object startArg, Object endArg) {
            boolean bmp = isBmp(s);
            int n = bmp ? s.length() : length(s);
            long[] range = searchRange(node, startArg, endArg, n);
            long start = range[0];
            long end = range[1];
            if (start > n || end < start) {
                return 0;
            }
            if (sub.isEmpty()) {
                return end - start + 1;
            }
            int to = charOffset(s, (int) end, bmp);
            long count = 0;
            for (int at = s.indexOf(sub, charOffset(s, (int) start, bmp)); at >= 0 && at + sub.length() <= to; at = s.indexOf(sub, at + sub.length())) {
                count++;
            }
            return count;
        }
    }

    /** tailmatch: does s[start:end] start (or end) with prefix? */
    @TruffleBoundary
    private static boolean tailMatch(Node node, String s, Object prefixArg, Object startArg, Object endArg, boolean suffix) {
        String method = suffix ? "endswith" : "startswith";
        if (prefixArg instanceof PTuple tuple) {
            for (Object item : tuple.getItems()) {
                if (!(item instanceof String prefix)) {
                    throw PRaiseNode.raise(node, TypeError, "tuple for %s must only contain str, not %s", method, typeName(item));
                }
                if (tailMatch(node, s, prefix, startArg, endArg, suffix)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefixArg instanceof String prefix)) {
            throw PRaiseNode.raise(node, TypeError, "%s first arg must be str or a tuple of str, not %s", method, typeName(prefixArg));
        }
        boolean bmp = isBmp(s);
        int n = bmp ? s.length() : length(s);
        long[] range = searchRange(node, startArg, endArg, n);
        long start = range[0];
        long end = range[1] - length(prefix);
        if (end < start) {
            return false;
        }
        if (prefix.isEmpty()) {
            return true;
        }
        int at = charOffset(s, (int) (suffix ? end : start), bmp);
        return s.startsWith(prefix, at);
    }

    @Builtin(name = "startswith", parameters = {"self", "prefix", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class StartsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object startswith(Object self, Object prefix, Object start, Object end) {
            return tailMatch(this, self(this, self, "startswith"), prefix, start, end, false);
        }
    }

    @Builtin(name = "endswith", parameters = {"self", "suffix", "start", "end"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class EndsWithNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object endswith(Object self, Object suffix, Object start, Object end) {
            return tailMatch(this, self(this, self, "endswith"), suffix, start, end, true);
        }
    }

    @Builtin(name = "join", parameters = {"self", "iterable"})
    @GenerateNodeFactory
    public abstract static class JoinNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object join(Object self, Object iterable) {
            return join(this, self(this, self, "join"), iterable);
        }

        @TruffleBoundary
        private static String join(Node node, String sep, Object iterable) {
            Object[] items = IterableToArray.toArray(node, iterable, "can only join an iterable");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof String item)) {
                    throw PRaiseNode.raise(node, TypeError, "sequence item %d: expected str instance, %s found", i, typeName(items[i]));
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(item);
            }
            return sb.toString();
        }
    }

    /** The separator of split() and friends: null for runs of whitespace. */
    private static String separator(Node node, Object sep) {
        if (sep == PNone.NO_VALUE || sep == PNone.NONE) {
            return null;
        }
        String s = strArg(node, sep, "must be str or None, not %s");
        if (s.isEmpty()) {
            throw PRaiseNode.raise(node, ValueError, "empty separator");
        }
        return s;
    }

    private static long maxSplit(Node node, Object maxsplit) {
        long max = maxsplit == PNone.NO_VALUE ? -1 : ListBuiltins.asSize(node, maxsplit);
        return max < 0 ? Long.MAX_VALUE : max;
    }

    @Builtin(name = "split", parameters = {"self", "sep", "maxsplit"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class SplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object split(Object self, Object sep, Object maxsplit) {
            return split(self(this, self, "split"), separator(this, sep), maxSplit(this, maxsplit));
        }

        @TruffleBoundary
        private static PList split(String s, String sep, long max) {
            List<Object> parts = new ArrayList<>();
            int n = s.length();
            int i = 0;
            if (sep == null) {
                // split_whitespace
                while (max-- > 0) {
                    while (i < n && isSpace(s.charAt(i))) {
                        i++;
                    }
                    if (i == n) {
                        break;
                    }
                    int j = i;
                    while (i < n && !isSpace(s.charAt(i))) {
                        i++;
                    }
                    parts.add(s.substring(j, i));
                }
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i < n) {
                    parts.add(s.substring(i));
                }
            } else {
                for (int at = s.indexOf(sep); at >= 0 && max-- > 0; at = s.indexOf(sep, i)) {
                    parts.add(s.substring(i, at));
                    i = at + sep.length();
                }
                parts.add(s.substring(i));
            }
            return new PList(parts.toArray());
        }
    }

    @Builtin(name = "rsplit", parameters = {"self", "sep", "maxsplit"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class RSplitNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object rsplit(Object self, Object sep, Object maxsplit) {
            return rsplit(self(this, self, "rsplit"), separator(this, sep), maxSplit(this, maxsplit));
        }

        @TruffleBoundary
        private static PList rsplit(String s, String sep, long max) {
            List<Object> parts = new ArrayList<>();
            int i = s.length();
            if (sep == null) {
                // rsplit_whitespace
                while (max-- > 0) {
                    while (i > 0 && isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    if (i == 0) {
                        break;
                    }
                    int j = i;
                    while (i > 0 && !isSpace(s.charAt(i - 1))) {
                        i--;
                    }
                    parts.add(s.substring(i, j));
                }
                while (i > 0 && isSpace(s.charAt(i - 1))) {
                    i--;
                }
                if (i > 0) {
                    parts.add(s.substring(0, i));
                }
            } else {
                for (int at = s.lastIndexOf(sep, i - sep.length()); at >= 0 && max-- > 0; at = s.lastIndexOf(sep, i - sep.length())) {
                    parts.add(s.substring(at + sep.length(), i));
                    i = at;
                }
                parts.add(s.substring(0, i));
            }
            Collections.reverse(parts);
            return new PList(parts.toArray());
        }
    }

    @Builtin(name = "splitlines", parameters = {"self", "keepends"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class SplitLinesNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object splitlines(Object self, Object keepends) {
            boolean keep = keepends != PNone.NO_VALUE && ListBuiltins.asSize(this, keepends) != 0;
            return splitlines(self(this, self, "splitlines"), keep);
        }

        @TruffleBoundary
        private static PList splitlines(String s, boolean keepends) {
            List<Object> lines = new ArrayList<>();
            int n = s.length();
            int i = 0;
            while (i < n) {
                int j = i;
                while (i < n && !isLineBreak(s.charAt(i))) {
                    i++;
                }
                int eol = i;
                if (i < n) {
                    i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                    if (keepends) {
                        eol = i;
                    }
                }
                lines.add(s.substring(j, eol));
            }
            return new PList(lines.toArray());
        }
    }

    /** strip, lstrip and rstrip: which code points go, and from which ends. */
    @TruffleBoundary
    private static String strip(Node node, String s, Object chars, boolean left, boolean right, String method) {
        String set = null;
        if (chars != PNone.NO_VALUE && chars != PNone.NONE) {
            if (!(chars instanceof String c)) {
                throw PRaiseNode.raise(node, TypeError, "%s arg must be None or str", method);
            }
            set = c;
        }
        int i = 0;
        int j = s.length();
        while (left && i < j) {
            int c = s.codePointAt(i);
            if (set == null ? !isSpace(c) : set.indexOf(c) < 0) {
                break;
            }
            i += Character.charCount(c);
        }
        while (right && j > i) {
            int c = s.codePointBefore(j);
            if (set == null ? !isSpace(c) : set.indexOf(c) < 0) {
                break;
            }
            j -= Character.charCount(c);
        }
        return s.substring(i, j);
    }

    @Builtin(name = "strip", parameters = {"self", "chars"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class StripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object strip(Object self, Object chars) {
            return StrBuiltins.strip(this, self(this, self, "strip"), chars, true, true, "strip");
        }
    }

    @Builtin(name = "lstrip", parameters = {"self", "chars"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class LStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object lstrip(Object self, Object chars) {
            return StrBuiltins.strip(this, self(this, self, "lstrip"), chars, true, false, "lstrip");
        }
    }

    @Builtin(name = "rstrip", parameters = {"self", "chars"}, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class RStripNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object rstrip(Object self, Object chars) {
            return StrBuiltins.strip(this, self(this, self, "rstrip"), chars, false, true, "rstrip");
        }
    }

    @Builtin(name = "replace", parameters = {"self", "old", "new", "count"}, positionalOnly = 3, minArgs = 3)
    @GenerateNodeFactory
    public abstract static class ReplaceNode extends PythonQuaternaryBuiltinNode {
        @Specialization
        Object replace(Object self, Object old, Object replacement, Object count) {
            String s = self(this, self, "replace");
            String o = strArg(this, old, "replace() argument 1 must be str, not %s");
            String r = strArg(this, replacement, "replace() argument 2 must be str, not %s");
            long max = count == PNone.NO_VALUE ? -1 : ListBuiltins.asSize(this, count);
            return replace(s, o, r, max < 0 ? Long.MAX_VALUE : max);
        }

        @TruffleBoundary
        private static String replace(String s, String old, String replacement, long max) {
            StringBuilder sb = new StringBuilder();
            int i = 0;
            if (old.isEmpty()) {
                // the replacement goes before every code point and at the end
                while (max-- > 0) {
                    sb.append(replacement);
                    if (i == s.length()) {
                        return sb.toString();
                    }
                    int next = s.offsetByCodePoints(i, 1);
                    sb.append(s, i, next);
                    i = next;
                }
                return sb.append(s, i, s.length()).toString();
            }
            for (int at = s.indexOf(old); at >= 0 && max-- > 0; at = s.indexOf(old, i)) {
                sb.append(s, i, at).append(replacement);
                i = at + old.length();
            }
            return sb.append(s, i, s.length()).toString();
        }
    }

    @Builtin(name = "removeprefix", parameters = {"self", "prefix"})
    @GenerateNodeFactory
    public abstract static class RemovePrefixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object removeprefix(Object self, Object prefix) {
            String s = self(this, self, "removeprefix");
            String p = strArg(this, prefix, "removeprefix() argument must be str, not %s");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", parameters = {"self", "suffix"})
    @GenerateNodeFactory
    public abstract static class RemoveSuffixNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object removesuffix(Object self, Object suffix) {
            String s = self(this, self, "removesuffix");
            String p = strArg(this, suffix, "removesuffix() argument must be str, not %s");
            return s.endsWith(p) && !p.isEmpty() ? s.substring(0, s.length() - p.length()) : s;
        }
    }

    @Builtin(name = "partition", parameters = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class PartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object partition(Object self, Object sep) {
            return StrBuiltins.partition(this, self(this, self, "partition"), sep, false);
        }
    }

    @Builtin(name = "rpartition", parameters = {"self", "sep"})
    @GenerateNodeFactory
    public abstract static class RPartitionNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object rpartition(Object self, Object sep) {
            return StrBuiltins.partition(this, self(this, self, "rpartition"), sep, true);
        }
    }

    @TruffleBoundary
    private static PTuple partition(Node node, String s, Object sepArg, boolean reverse) {
        String sep = strArg(node, sepArg, "must be str, not %s");
        if (sep.isEmpty()) {
            throw PRaiseNode.raise(node, ValueError, "empty separator");
        }
        int at = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (at < 0) {
            return new PTuple(reverse ? new Object[]{"", "", s} : new Object[]{s, "", ""});
        }
        return new PTuple(new Object[]{s.substring(0, at), sep, s.substring(at + sep.length())});
    }

    @Builtin(name = "upper", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class UpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object upper(Object self) {
            return self(this, self, "upper").toUpperCase(Locale.ROOT);
        }
    }

    @Builtin(name = "lower", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class LowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object lower(Object self) {
            return self(this, self, "lower").toLowerCase(Locale.ROOT);
        }
    }

    @Builtin(name = "casefold", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CaseFoldNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object casefold(Object self) {
            return casefold(self(this, self, "casefold"));
        }

        // Java has no full case folding; upper then lower of each code point folds the common cases (ß -> ss, Σ -> σ)
        @TruffleBoundary
        private static String casefold(String s) {
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                sb.append(Character.toString(c).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }
    }

    /** The full titlecase mapping of one code point (ß -> Ss), which Java only has per character. */
    private static String titleCase(int c) {
        int title = Character.toTitleCase(c);
        if (title != c || Character.isTitleCase(c)) {
            return Character.toString(title);
        }
        String upper = Character.toString(c).toUpperCase(Locale.ROOT);
        int first = upper.codePointAt(0);
        if (!isCased(first)) {
            // as SpecialCasing.txt: ŉ titles to ʼN, not ʼn
            return upper;
        }
        return Character.toString(first) + upper.substring(Character.charCount(first)).toLowerCase(Locale.ROOT);
    }

    /** s[from:] lowercased, with the final-sigma rule looking at the whole of s (lower_ucs4). */
    private static String lower(String s, int from) {
        StringBuilder sb = new StringBuilder(s.length() - from);
        for (int i = from; i < s.length();) {
            int c = s.codePointAt(i);
            sb.append(lower(s, i, c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static String lower(String s, int i, int c) {
        if (c == 0x3A3) {
            return isFinalSigma(s, i) ? "\u03c2" : "\u03c3";
        }
        return Character.toString(c).toLowerCase(Locale.ROOT);
    }

    // handle_capital_sigma: a cased letter before (skipping case-ignorables) and none after
    private static boolean isFinalSigma(String s, int i) {
        return nextCased(s, i, -1) && !nextCased(s, i + 1, 1);
    }

    /** Whether the first code point that is not case-ignorable, walking from {@code i} in {@code direction}, is cased. */
    private static boolean nextCased(String s, int i, int direction) {
        int j = i;
        while (direction < 0 ? j > 0 : j < s.length()) {
            int c = direction < 0 ? s.codePointBefore(j) : s.codePointAt(j);
            j += direction * Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                return isCased(c);
            }
        }
        return false;
    }

    private static boolean isCaseIgnorable(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT ||
                        type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL ||
                        c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019;
    }

    private static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    @Builtin(name = "capitalize", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class CapitalizeNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object capitalize(Object self) {
            String s = self(this, self, "capitalize");
            if (s.isEmpty()) {
                return s;
            }
            int first = s.codePointAt(0);
            return titleCase(first) + lower(s, Character.charCount(first));
        }
    }

    @Builtin(name = "title", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class TitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object title(Object self) {
            String s = self(this, self, "title");
            StringBuilder sb = new StringBuilder(s.length());
            boolean previousIsCased = false;
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                sb.append(previousIsCased ? lower(s, i - Character.charCount(c), c) : titleCase(c));
                previousIsCased = isCased(c);
            }
            return sb.toString();
        }
    }

    @Builtin(name = "swapcase", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class SwapCaseNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object swapcase(Object self) {
            String s = self(this, self, "swapcase");
            StringBuilder sb = new StringBuilder(s.length());
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isUpperCase(c)) {
                    sb.append(lower(s, i - Character.charCount(c), c));
                } else if (Character.isLowerCase(c)) {
                    sb.append(Character.toString(c).toUpperCase(Locale.ROOT));
                } else {
                    sb.appendCodePoint(c);
                }
            }
            return sb.toString();
        }
    }

    /** One of the per-character tests of the is...() predicates. */
    private interface CharTest {
        boolean test(int c);
    }

    /** True if s is non-empty and every code point passes (isalpha, isdigit, ...). */
    @TruffleBoundary
    private static boolean all(String s, CharTest test) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            if (!test.test(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    // Numeric_Type=Digit: decimals plus digits such as superscripts and circled digits
    private static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        int v = Character.getNumericValue(c);
        return Character.getType(c) == Character.OTHER_NUMBER && v >= 0 && v <= 9;
    }

    private static boolean isNumeric(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER ||
                        (Character.isIdeographic(c) && Character.getNumericValue(c) >= 0) || isHanNumeral(c);
    }

    // CJK ideographs with a Unicode numeric value, which Java's getNumericValue does not report
    private static boolean isHanNumeral(int c) {
        return "〇一二三四五六七八九十百千万億兆零壱弐参拾廿卅亖".indexOf(c) >= 0;
    }

    private static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    @Builtin(name = "isdigit", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDigitNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isdigit(Object self) {
            return all(self(this, self, "isdigit"), StrBuiltins::isDigit);
        }
    }

    @Builtin(name = "isdecimal", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsDecimalNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isdecimal(Object self) {
            return all(self(this, self, "isdecimal"), StrBuiltins::isDecimal);
        }
    }

    @Builtin(name = "isnumeric", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsNumericNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isnumeric(Object self) {
            return all(self(this, self, "isnumeric"), StrBuiltins::isNumeric);
        }
    }

    @Builtin(name = "isalpha", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlphaNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isalpha(Object self) {
            return all(self(this, self, "isalpha"), StrBuiltins::isAlpha);
        }
    }

    @Builtin(name = "isalnum", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAlnumNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isalnum(Object self) {
            return all(self(this, self, "isalnum"), c -> isAlpha(c) || isNumeric(c));
        }
    }

    @Builtin(name = "isspace", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsSpaceNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isspace(Object self) {
            return all(self(this, self, "isspace"), StrBuiltins::isSpace);
        }
    }

    @Builtin(name = "isascii", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsAsciiNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isascii(Object self) {
            String s = self(this, self, "isascii");
            return s.isEmpty() || all(s, c -> c < 128);
        }
    }

    @Builtin(name = "isprintable", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsPrintableNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isprintable(Object self) {
            String s = self(this, self, "isprintable");
            return s.isEmpty() || all(s, StringRepr::isPrintable);
        }
    }

    @Builtin(name = "isidentifier", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsIdentifierNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isidentifier(Object self) {
            String s = self(this, self, "isidentifier");
            if (s.isEmpty()) {
                return false;
            }
            int first = s.codePointAt(0);
            if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
                return false;
            }
            return all(s, c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
        }
    }

    /** isupper and islower: at least one cased code point, and none of the opposite case. */
    @TruffleBoundary
    private static boolean allCased(String s, boolean upper) {
        boolean cased = false;
        for (int i = 0; i < s.length();) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (upper ? Character.isLowerCase(c) || Character.isTitleCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            cased |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return cased;
    }

    @Builtin(name = "isupper", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsUpperNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object isupper(Object self) {
            return allCased(self(this, self, "isupper"), true);
        }
    }

    @Builtin(name = "islower", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsLowerNode extends PythonUnaryBuiltinNode {
        @Specialization
        Object islower(Object self) {
            return allCased(self(this, self, "islower"), false);
        }
    }

    @Builtin(name = "istitle", parameters = {"self"})
    @GenerateNodeFactory
    public abstract static class IsTitleNode extends PythonUnaryBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object istitle(Object self) {
            String s = self(this, self, "istitle");
            boolean cased = false;
            boolean previousIsCased = false;
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (previousIsCased) {
                        return false;
                    }
                    previousIsCased = cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!previousIsCased) {
                        return false;
                    }
                    previousIsCased = cased = true;
                } else {
                    previousIsCased = false;
                }
            }
            return cased;
        }
    }

    /** s padded to {@code width} code points with {@code left} and the rest of the fill on the right. */
    @TruffleBoundary
    static String pad(String s, long width, int fill, Alignment alignment) {
        int n = length(s);
        if (width <= n) {
            return s;
        }
        long margin = width - n;
        ArraySize.check(null, s.length() + margin * Character.charCount(fill));
        long left = switch (alignment) {
            case LEFT -> 0;
            case RIGHT -> margin;
            case CENTER -> margin / 2 + (margin & width & 1);
        };
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long i = left; i < margin; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    enum Alignment {
        LEFT,
        RIGHT,
        CENTER
    }

    private static int fillChar(Node node, Object fillchar) {
        if (fillchar == PNone.NO_VALUE) {
            return ' ';
        }
        if (!(fillchar instanceof String f)) {
            throw PRaiseNode.raise(node, TypeError, "The fill character must be a unicode character, not %s", typeName(fillchar));
        }
        if (f.isEmpty() || f.length() != Character.charCount(f.codePointAt(0))) {
            throw PRaiseNode.raise(node, TypeError, "The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    @Builtin(name = "center", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class CenterNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object center(Object self, Object width, Object fillchar) {
            String s = self(this, self, "center");
            return pad(s, ListBuiltins.asSize(this, width), fillChar(this, fillchar), Alignment.CENTER);
        }
    }

    @Builtin(name = "ljust", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class LJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object ljust(Object self, Object width, Object fillchar) {
            String s = self(this, self, "ljust");
            return pad(s, ListBuiltins.asSize(this, width), fillChar(this, fillchar), Alignment.LEFT);
        }
    }

    @Builtin(name = "rjust", parameters = {"self", "width", "fillchar"}, minArgs = 2)
    @GenerateNodeFactory
    public abstract static class RJustNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object rjust(Object self, Object width, Object fillchar) {
            String s = self(this, self, "rjust");
            return pad(s, ListBuiltins.asSize(this, width), fillChar(this, fillchar), Alignment.RIGHT);
        }
    }

    @Builtin(name = "zfill", parameters = {"self", "width"})
    @GenerateNodeFactory
    public abstract static class ZFillNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object zfill(Object self, Object width) {
            String s = self(this, self, "zfill");
            return zfill(s, ListBuiltins.asSize(this, width));
        }

        @TruffleBoundary
        private static String zfill(String s, long width) {
            String padded = pad(s, width, '0', Alignment.RIGHT);
            if (padded != s && !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
                // the sign moves in front of the zeros
                int fill = padded.length() - s.length();
                return s.charAt(0) + padded.substring(0, fill) + s.substring(1);
            }
            return padded;
        }
    }

    @Builtin(name = "expandtabs", parameters = {"self", "tabsize"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class ExpandTabsNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object expandtabs(Object self, Object tabsize) {
            String s = self(this, self, "expandtabs");
            return expandtabs(this, s, tabsize == PNone.NO_VALUE ? 8 : BuiltinArguments.cInt(this, tabsize));
        }

        @TruffleBoundary
        private static String expandtabs(Node node, String s, long tabsize) {
            long length = 0;
            long column = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\t') {
                    if (tabsize > 0) {
                        long spaces = tabsize - column % tabsize;
                        column += spaces;
                        length += spaces;
                    }
                } else {
                    length++;
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            ArraySize.check(node, length);
            StringBuilder sb = new StringBuilder();
            column = 0;
            for (int i = 0; i < s.length();) {
                int c = s.codePointAt(i);
                i += Character.charCount(c);
                if (c == '\t') {
                    if (tabsize > 0) {
                        long spaces = tabsize - column % tabsize;
                        column += spaces;
                        sb.repeat(' ', (int) spaces);
                    }
                } else {
                    sb.appendCodePoint(c);
                    column = c == '\n' || c == '\r' ? 0 : column + 1;
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "encode", parameters = {"self", "encoding", "errors"}, positionalOnly = 1, minArgs = 1)
    @GenerateNodeFactory
    public abstract static class EncodeNode extends PythonTernaryBuiltinNode {
        @Specialization
        Object encode(Object self, Object encoding, Object errors) {
            String s = self(this, self, "encode");
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : strArg(this, encoding, "encode() argument 'encoding' must be str, not %s");
            String err = errors == PNone.NO_VALUE ? "strict" : strArg(this, errors, "encode() argument 'errors' must be str, not %s");
            return new PBytes(TextCodecs.encode(this, s, enc, err));
        }
    }

    @Builtin(name = "format", parameters = {"self"}, varArgs = "args", varKeywords = "kwargs")
    @GenerateNodeFactory
    public abstract static class FormatNode extends PythonVarargsBuiltinNode {
        @Specialization
        Object format(Object[] bound) {
            String s = self(this, bound[0], "format");
            return new Formatter(this, ((PTuple) bound[1]).getItems(), (PDict) bound[2]).render(s, 2);
        }
    }

    /**
     * str.format's template engine (Objects/stringlib/unicode_format.h): MarkupIterator,
     * parse_field, field_name_split with automatic numbering, and PyObject_Format per field.
     */
    private static final class Formatter {
        private final Node node;
        private final Object[] args;
        private final PDict kwargs;
        // auto_number: 0 unknown yet, 1 automatic ({}), 2 manual ({0})
        private int numbering;
        private int nextIndex;

        Formatter(Node node, Object[] args, PDict kwargs) {
            this.node = node;
            this.args = args;
            this.kwargs = kwargs;
        }

        // build_string
        @TruffleBoundary
        String render(String template, int recursionDepth) {
            if (recursionDepth <= 0) {
                throw PRaiseNode.raise(node, ValueError, "Max string recursion exceeded");
            }
            StringBuilder out = new StringBuilder();
            int n = template.length();
            int i = 0;
            while (i < n) {
                char c = template.charAt(i++);
                if (c != '{' && c != '}') {
                    out.append(c);
                    continue;
                }
                boolean atEnd = i >= n;
                if (c == '}') {
                    if (atEnd || template.charAt(i) != '}') {
                        throw PRaiseNode.raise(node, ValueError, "Single '}' encountered in format string");
                    }
                    out.append('}');
                    i++;
                    continue;
                }
                if (atEnd) {
                    throw PRaiseNode.raise(node, ValueError, "Single '{' encountered in format string");
                }
                if (template.charAt(i) == '{') {
                    out.append('{');
                    i++;
                    continue;
                }
                i = field(template, i, out, recursionDepth);
            }
            return out.toString();
        }

        /** parse_field and output_markup for the field starting at {@code i}; returns where it ends. */
        private int field(String template, int start, StringBuilder out, int recursionDepth) {
            int n = template.length();
            int i = start;
            char c = 0;
            while (i < n) {
                c = template.charAt(i++);
                if (c == '{') {
                    throw PRaiseNode.raise(node, ValueError, "unexpected '{' in field name");
                } else if (c == '[') {
                    while (i < n && template.charAt(i) != ']') {
                        i++;
                    }
                    continue;
                } else if (c == '}' || c == ':' || c == '!') {
                    break;
                }
            }
            if (i >= n && c != '}' && c != ':' && c != '!' || i - 1 < start && c != '}') {
                throw PRaiseNode.raise(node, ValueError, "expected '}' before end of string");
            }
            String fieldName = template.substring(start, i - 1);
            char conversion = 0;
            String spec = "";
            boolean specNeedsExpanding = false;
            if (c == '!' || c == ':') {
                boolean specFollows = true;
                if (c == '!') {
                    if (i >= n) {
                        throw PRaiseNode.raise(node, ValueError, "end of string while looking for conversion specifier");
                    }
                    conversion = template.charAt(i++);
                    if (i < n) {
                        char next = template.charAt(i++);
                        if (next == '}') {
                            specFollows = false;
                        } else if (next != ':') {
                            throw PRaiseNode.raise(node, ValueError, "expected ':' after conversion specifier");
                        }
                    }
                }
                if (specFollows) {
                    int specStart = i;
                    int depth = 1;
                    while (true) {
                        if (i >= n) {
                            throw PRaiseNode.raise(node, ValueError, "unmatched '{' in format spec");
                        }
                        char d = template.charAt(i++);
                        if (d == '{') {
                            specNeedsExpanding = true;
                            depth++;
                        } else if (d == '}' && --depth == 0) {
                            break;
                        }
                    }
                    spec = template.substring(specStart, i - 1);
                }
            } else if (c != '}') {
                throw PRaiseNode.raise(node, ValueError, "expected '}' before end of string");
            }
            Object value = fieldValue(fieldName);
            if (conversion != 0) {
                value = switch (conversion) {
                    case 'r' -> PyObjectReprNode.getUncached().execute(value);
                    case 's' -> PyObjectStrNode.getUncached().execute(value);
                    case 'a' -> AsciiNode.ascii(PyObjectReprNode.getUncached().execute(value));
                    default -> throw conversion > 32 && conversion < 127
                                    ? PRaiseNode.raise(node, ValueError, "Unknown conversion specifier %c", conversion)
                                    : PRaiseNode.raise(node, ValueError, "Unknown conversion specifier \\x%x", (int) conversion);
                };
            }
            if (specNeedsExpanding) {
                spec = render(spec, recursionDepth - 1);
            }
            out.append(PyObjectFormatNode.getUncached().execute(value, spec));
            return i;
        }

        // get_field_object with field_name_split and FieldNameIterator
        private Object fieldValue(String fieldName) {
            int n = fieldName.length();
            int i = 0;
            while (i < n && fieldName.charAt(i) != '.' && fieldName.charAt(i) != '[') {
                i++;
            }
            String first = fieldName.substring(0, i);
            long index = decimal(first);
            if (first.isEmpty()) {
                if (numbering == 2) {
                    throw PRaiseNode.raise(node, ValueError, "cannot switch from manual field specification to automatic field numbering");
                }
                numbering = 1;
                index = nextIndex++;
            } else if (index >= 0) {
                if (numbering == 1) {
                    throw PRaiseNode.raise(node, ValueError, "cannot switch from automatic field numbering to manual field specification");
                }
                numbering = 2;
            }
            Object value;
            if (index < 0) {
                value = kwargs == null ? null : kwargs.get(first);
                if (value == null) {
                    throw PyObjectGetItemNode.keyError(node, first);
                }
            } else {
                if (index >= args.length) {
                    throw PRaiseNode.raise(node, PythonBuiltinClassType.IndexError, "Replacement index %d out of range for positional args tuple", index);
                }
                value = args[(int) index];
            }
            while (i < n) {
                char c = fieldName.charAt(i++);
                int end = i;
                if (c == '.') {
                    while (end < n && fieldName.charAt(end) != '.' && fieldName.charAt(end) != '[') {
                        end++;
                    }
                    String name = fieldName.substring(i, end);
                    if (name.isEmpty()) {
                        throw PRaiseNode.raise(node, ValueError, "Empty attribute in format string");
                    }
                    value = PyObjectGetAttrNode.getUncached().execute(value, name);
                    i = end;
                } else if (c == '[') {
                    while (end < n && fieldName.charAt(end) != ']') {
                        end++;
                    }
                    if (end >= n) {
                        throw PRaiseNode.raise(node, ValueError, "Missing ']' in format string");
                    }
                    String key = fieldName.substring(i, end);
                    if (key.isEmpty()) {
                        throw PRaiseNode.raise(node, ValueError, "Empty attribute in format string");
                    }
                    i = end + 1;
                    if (i < n && fieldName.charAt(i) != '.' && fieldName.charAt(i) != '[') {
                        throw PRaiseNode.raise(node, ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                    }
                    long keyIndex = decimal(key);
                    value = PyObjectGetItemNode.getUncached().execute(value, keyIndex >= 0 ? (Object) keyIndex : key);
                } else {
                    throw PRaiseNode.raise(node, ValueError, "Only '.' or '[' may follow ']' in format field specifier");
                }
            }
            return value;
        }

        /** get_integer: the value of an all-decimal-digits name, else -1. */
        private long decimal(String s) {
            if (s.isEmpty()) {
                return -1;
            }
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                int digit = Character.digit(s.charAt(i), 10);
                if (digit < 0 || !isDecimal(s.charAt(i))) {
                    return -1;
                }
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    throw PRaiseNode.raise(node, ValueError, "Too many decimal digits in format string");
                }
                value = value * 10 + digit;
            }
            return value;
        }
    }

    @Builtin(name = "__mod__", parameters = {"self", "args"})
    @GenerateNodeFactory
    public abstract static class ModNode extends PythonBinaryBuiltinNode {
        @Specialization
        Object mod(Object self, Object args) {
            return new PercentFormatter.ForStr(this, args).render(self(this, self, "__mod__"));
        }
    }
}
