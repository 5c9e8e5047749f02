package org.minipy.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;
import org.minipy.CompilationLog;

/**
 * A for loop over a generator and {@code sum} over a generator expression compile with the generator's
 * body inlined into the loop (the resume call is direct), and once warm they neither deoptimize nor
 * recompile: suspending at a yield and resuming are ordinary control flow in compiled code.
 */
class GeneratorJitTest {
    private static final String SETUP = """
                    def gen(n):
                        i = 0
                        while i < n:
                            yield i
                            i += 1
                    def consume(n):
                        s = 0
                        for x in gen(n):
                            s += x
                        return s
                    def squares(n):
                        return sum(x * x for x in range(n))
                    for k in range(10):
                        total = consume(100000) + squares(100000)
                    """;

    @Test
    void generatorLoopsCompileAndStayCompiled() {
        try (CompilationLog log = new CompilationLog()) {
            Context context = log.context();
            context.eval("minipy", SETUP);
            assertTrue(log.has("opt done", "Tier 2", "consume"), "the for loop over a generator did not compile:\n" + log);
            assertTrue(log.has("opt done", "Tier 2", "sum"), "sum over a generator expression did not compile:\n" + log);
            log.clear();
            assertEquals(4999950000L * 2 + 333328333350000L * 2,
                            context.eval("minipy", "consume(100000) * 2 + squares(100000) * 2").asLong());
            assertEquals(List.of(), log.churn(), "the warm generator loops deoptimized or recompiled");
        }
    }
}
