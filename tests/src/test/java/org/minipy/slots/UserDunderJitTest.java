package org.minipy.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.minipy.CompilationLog;

/**
 * A loop over {@code v[i]} on a user class compiles with the class's {@code __getitem__} inlined into it: the
 * subscript reaches the dunder through its class's slot, cached at the call site, by a direct call, not through
 * a {@code @TruffleBoundary} that calls it uncached (which Graal could never inline). Once warm, the loop neither
 * deoptimizes nor recompiles.
 */
class UserDunderJitTest {
    private static final String SETUP = """
                    class Vec:
                        def __init__(self, n):
                            self.n = n
                        def __getitem__(self, i):
                            return i * 2
                        def __len__(self):
                            return self.n
                    def total(v):
                        s = 0
                        for i in range(len(v)):
                            s += v[i]
                        return s
                    for k in range(10):
                        result = total(Vec(100000))
                    """;

    @Test
    void getItemLoopInlinesTheDunder() {
        try (CompilationLog log = new CompilationLog("compiler.TraceInlining")) {
            Context context = log.context();
            context.eval("minipy", SETUP);
            assertTrue(log.has("opt done", "Tier 2", "total"), "the __getitem__ loop did not compile:\n" + log);
            assertTrue(log.hasInlined("__getitem__"), "__getitem__ was not inlined into the loop:\n" + log);
            log.clear();
            assertEquals(4 * 4999950000L, context.eval("minipy", "total(Vec(100000)) * 2").asLong());
            assertEquals(List.of(), log.churn(), "the warm loop deoptimized or recompiled");
        }
    }
}
