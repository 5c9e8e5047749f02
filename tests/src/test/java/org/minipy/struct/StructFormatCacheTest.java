package org.minipy.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.function.ToLongFunction;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import org.minipy.MiniPyContext;
import org.minipy.builtins.modules.StructModuleBuiltins;
import org.minipy.nodes.buffer.StructCache;
import org.minipy.runtime.PBytes;
import org.minipy.runtime.buffer.StructLayout;

/**
 * Struct formats are parsed once: the module's cache keeps parsed layouts, and a node that keeps seeing
 * the same format object does not even ask the cache, so clearing the cache makes it parse no more.
 */
class StructFormatCacheTest {

    /** Runs a script and returns what {@code probe} reads from the struct module's cache afterwards. */
    private static long afterRunning(String script, ToLongFunction<StructCache> probe) {
        try (Context context = Context.create("minipy")) {
            context.eval("minipy", script);
            context.enter();
            try {
                return probe.applyAsLong(StructModuleBuiltins.getCache(MiniPyContext.get(null).getLanguage()));
            } finally {
                context.leave();
            }
        }
    }

    @Test
    void constantFormatIsParsedOnceEvenWhenTheModuleCacheIsCleared() {
        long parses = afterRunning("""
                        import struct
                        i = 0
                        while i < 2000:
                            struct.pack('<i', i)
                            struct._clearcache()
                            i += 1
                        """, StructCache::getParseCount);
        assertEquals(1, parses, "the pack call site parsed its constant format again");
    }

    @Test
    void constantFormatsOfStructAndUnpackAreParsedOnce() {
        long parses = afterRunning("""
                        import struct
                        i = 0
                        while i < 2000:
                            b = struct.Struct('<hh').pack(i, -i)
                            struct.unpack_from('<hh', b)
                            struct.unpack('<i', b)
                            struct._clearcache()
                            i += 1
                        """, StructCache::getParseCount);
        assertEquals(2, parses, "the struct call sites parsed their constant formats again");
    }

    @Test
    void equalFormatsBuiltAtRunTimeShareOneParse() {
        long parses = afterRunning("""
                        import struct
                        i = 0
                        while i < 2000:
                            fmt = '<' + 'i' * (1 + i % 3)
                            struct.calcsize(fmt)
                            i += 1
                        """, StructCache::getParseCount);
        assertEquals(3, parses, "formats equal to an earlier one were parsed again");
    }

    @Test
    void cacheKeepsTheMostRecentlyUsedFormats() {
        StructCache cache = new StructCache();
        StructLayout first = cache.get(null, "<i");
        assertSame(first, cache.get(null, "<i"));
        assertEquals(1, cache.getParseCount());
        // str and bytes formats are different keys, as in CPython's dict
        assertNotSame(first, cache.get(null, new PBytes(new byte[]{'<', 'i'})));
        assertEquals(2, cache.getParseCount());
        for (int i = 0; i < 150; i++) {
            cache.get(null, i + "s");
            cache.get(null, "<i");
        }
        assertEquals(152, cache.getParseCount());
        assertSame(first, cache.get(null, "<i"), "a format in constant use was evicted");
        cache.get(null, "0s");
        assertEquals(153, cache.getParseCount(), "an old format outlived 100 newer ones");
        cache.clear();
        cache.get(null, "<i");
        assertEquals(154, cache.getParseCount());
    }
}
