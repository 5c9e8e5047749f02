package org.minipy.slots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

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
                        .option("compiler.TraceInlining", "true")
                        .option("engine.BackgroundCompilation", "false")
                        .logHandler(handler)
                        .build()) {
            context.eval("minipy", SETUP);
            assertTrue(log.stream().anyMatch(line -> line.contains("opt done") && line.contains("Tier 2") && line.contains("total")),
                            "the __getitem__ loop did not compile:\n" + String.join("\n", log));
            assertTrue(log.stream().anyMatch(line -> line.startsWith("Inlined ") && line.contains("__getitem__")),
                            "__getitem__ was not inlined into the loop:\n" + String.join("\n", log));
            log.clear();
            assertEquals(4 * 4999950000L, context.eval("minipy", "total(Vec(100000)) * 2").asLong());
            List<String> churn = log.stream().filter(line -> line.contains("opt deopt") || line.contains("opt done") || line.contains("opt inv")).toList();
            assertEquals(List.of(), churn, "the warm loop deoptimized or recompiled");
        }
    }
}
