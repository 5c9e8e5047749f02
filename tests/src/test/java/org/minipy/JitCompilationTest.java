package org.minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** minipy runs on the optimized Truffle runtime, and a hot Python loop gets compiled by the Graal JIT. */
class JitCompilationTest {

    @Test
    void hotLoopCompiles() {
        try (CompilationLog log = new CompilationLog()) {
            Context context = log.context();
            assertEquals("GraalVM CE", context.getEngine().getImplementationName(),
                    "the Graal JIT is missing: see the surefire argLine in tests/pom.xml");
            context.eval("minipy", "s = 0\nfor i in range(3_000_000): s += i\n");
            assertTrue(log.has("opt done", "Tier 2"), "no Tier 2 compilation in the compilation log:\n" + log);
        }
    }
}
