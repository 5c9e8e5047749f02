package org.minipy.memoryview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.minipy.CompilationLog;

/**
 * The index loops over memoryviews (benchmark workload 2: {@code s += m[i]} over a 'B' view and a
 * {@code cast('i')} view; workload 4: {@code s += m[i, j]} in nested loops over a 2-D view) compile
 * once and stay compiled: after warm-up, running them again neither deoptimizes nor recompiles anything.
 */
class MemoryViewJitTest {
    private static final String SETUP = """
                    def run(m, n):
                        s = 0
                        for i in range(n):
                            s += m[i]
                        return s
                    def run2(m):
                        s = 0
                        for i in range(m.shape[0]):
                            for j in range(m.shape[1]):
                                s += m[i, j]
                        return s
                    b = bytearray(b'\\x01\\x02\\x03\\x04' * 50000)
                    m = memoryview(b)
                    c = m.cast('i')
                    g = m.cast('B', shape=[400, 500])
                    for k in range(4):
                        total = run(m, len(m)) + run(c, len(c)) + run2(g)
                    """;

    @Test
    void indexLoopStaysCompiled() {
        try (CompilationLog log = new CompilationLog()) {
            Context context = log.context();
            context.eval("minipy", SETUP);
            assertTrue(log.has("opt done", "Tier 2"), "the loop did not compile:\n" + log);
            log.clear();
            context.eval("minipy", "for k in range(4):\n    total = run(m, len(m)) + run(c, len(c)) + run2(g)\n");
            assertEquals(List.of(), log.churn(), "the warm loop deoptimized or recompiled");
        }
    }
}
