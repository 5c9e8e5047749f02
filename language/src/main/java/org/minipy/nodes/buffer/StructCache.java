package org.minipy.nodes.buffer;

import static org.minipy.runtime.PythonBuiltinClassType.TypeError;

import java.util.LinkedHashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.nodes.PRaiseNode;
import org.minipy.nodes.object.GetClassNode;
import org.minipy.runtime.PByteArray;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.PDict;
import org.minipy.runtime.PList;
import org.minipy.runtime.buffer.StructLayout;

/**
 * The struct module's cache of parsed formats (the {@code cache} dict of _structmodulestate, consulted by
 * cache_struct_converter), so that module functions called with the same format parse it once. Least
 * recently used entries go first; CPython keeps at most 100 too (it empties the whole dict instead).
 */
public final class StructCache {
    static final int MAX_ENTRIES = 100;

    private final Map<Object, StructLayout> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, StructLayout> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long parseCount;

    /** The layout of a str or bytes format; raises CPython's TypeError for anything else. */
    @TruffleBoundary
    public StructLayout get(Node location, Object format) {
        if (!(format instanceof String || format instanceof PBytes)) {
            throw wrongType(location, format);
        }
        StructLayout layout = entries.get(format);
        if (layout == null) {
            layout = StructFormatParser.parse(location, format);
            parseCount++;
            entries.put(format, layout);
        }
        return layout;
    }

    /** struct._clearcache(). */
    @TruffleBoundary
    public void clear() {
        entries.clear();
    }

    /** How many formats this cache has parsed: what tests watch to see that hot call sites do not parse. */
    public long getParseCount() {
        return parseCount;
    }

    /** The cache is a dict: unhashable formats fail the lookup before Struct() sees them. */
    private static RuntimeException wrongType(Node location, Object format) {
        if (format instanceof PByteArray || format instanceof PList || format instanceof PDict) {
            String type = GetClassNode.getUncached().execute(format).getName();
            return PRaiseNode.raise(location, TypeError, "unhashable type: '%s'", type);
        }
        return notStrOrBytes(location, format);
    }

    /** Struct()'s error for a format that is neither str nor bytes. */
    @TruffleBoundary
    public static RuntimeException notStrOrBytes(Node location, Object format) {
        String type = GetClassNode.getUncached().execute(format).getName();
        return PRaiseNode.raise(location, TypeError, "Struct() argument 1 must be a str or bytes object, not %s", type);
    }
}
