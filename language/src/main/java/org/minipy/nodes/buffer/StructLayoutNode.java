package org.minipy.nodes.buffer;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.ReportPolymorphism;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.minipy.MiniPyLanguage;
import org.minipy.builtins.modules.StructModuleBuiltins;
import org.minipy.nodes.PyBaseNode;
import org.minipy.runtime.buffer.StructLayout;

/**
 * The layout of a format argument of the struct module's functions (cache_struct_converter). A node that
 * keeps seeing the same format object (a constant at the call site) keeps its layout and does neither
 * parse nor look up; other formats go through the module's {@link StructCache}.
 */
@GenerateUncached
@ReportPolymorphism
public abstract class StructLayoutNode extends PyBaseNode {
    static final int CACHED_FORMATS = 4;

    public abstract StructLayout execute(Object format);

    public static StructLayoutNode create() {
        return StructLayoutNodeGen.create();
    }

    public static StructLayoutNode getUncached() {
        return StructLayoutNodeGen.getUncached();
    }

    @Specialization(guards = "format == cachedFormat", limit = "CACHED_FORMATS")
    static StructLayout doCached(@SuppressWarnings("unused") Object format,
                    @SuppressWarnings("unused") @Cached("format") Object cachedFormat,
                    @Cached("lookup(format)") StructLayout layout) {
        return layout;
    }

    @Specialization(replaces = "doCached")
    static StructLayout doLookup(Object format, @Bind Node node) {
        return lookup(node, format);
    }

    static StructLayout lookup(Object format) {
        return lookup(null, format);
    }

    @TruffleBoundary
    private static StructLayout lookup(Node node, Object format) {
        return StructModuleBuiltins.getCache(MiniPyLanguage.get(node)).get(node, format);
    }
}
