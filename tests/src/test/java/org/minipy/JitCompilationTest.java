package org.minipy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** minipy runs on the optimized Truffle runtime, and a hot Python loop gets compiled by the Graal JIT. */
class JitCompilationTest {

    @Test
    void hotLoopCompiles() {
        List<String> log = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try (Context context = Context.newBuilder("minipy")
                .allowExperimentalOptions(true)
                .option("engine.TraceCompilation", "true")
                // Compile on the executing thread, so that the loop's compilation is done when eval returns.
                .option("engine.BackgroundCompilation", "false")
                .logHandler(handler)
                .build()) {
            assertEquals("GraalVM CE", context.getEngine().getImplementationName(),
                    "the Graal JIT is missing: see the surefire argLine in tests/pom.xml");
            context.eval("minipy", "s = 0\nfor i in range(3_000_000): s += i\n");
            assertTrue(log.stream().anyMatch(line -> line.contains("opt done") && line.contains("Tier 2")),
                    "no Tier 2 compilation in the compilation log:\n" + String.join("\n", log));
        }
    }
}
