package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code Context.interrupt} and {@code Context.close(true)} stop a program that never ends by itself: Python
 * loops and the loops of builtins poll Truffle's safepoints. Each stop must come within {@link #BOUND}.
 */
class CancellationTest {

    /** Far above what a stop takes (milliseconds), low enough that a hang fails the test quickly. */
    private static final Duration BOUND = Duration.ofSeconds(5);

    private static final String[] ENDLESS = {
        "while True:\n    pass",
        "def spin():\n    n = 0\n    while True:\n        n += 1\nspin()",
        "for i in range(10 ** 15):\n    pass",
        "sum(range(10 ** 15))",
        "any(x < 0 for x in range(10 ** 15))",
    };

    /** Runs the program on a thread of its own once it is known to be running; returns how it ended. */
    private static CompletableFuture<PolyglotException> start(Context context, String program) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CompletableFuture<PolyglotException> end = new CompletableFuture<>();
        context.getBindings("minipy").putMember("started", (Runnable) running::countDown);
        Thread thread = new Thread(() -> {
            try {
                context.eval("minipy", "started()\n" + program);
                end.complete(null);
            } catch (PolyglotException e) {
                end.complete(e);
            } catch (Throwable t) {
                end.completeExceptionally(t);
            }
        });
        thread.setDaemon(true);
        thread.start();
        assertTrue(running.await(BOUND.toMillis(), TimeUnit.MILLISECONDS), "the program did not start");
        // let it get deep into its loop (and the JIT at it)
        Thread.sleep(200);
        return end;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void interruptStopsTheProgramAndTheContextStaysUsable(int which) throws Exception {
        try (Context context = Context.newBuilder("minipy").allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build()) {
            CompletableFuture<PolyglotException> end = start(context, ENDLESS[which]);
            long start = System.nanoTime();
            context.interrupt(BOUND);
            PolyglotException e = end.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(e != null && e.isInterrupted(), String.valueOf(e));
            assertTrue(took.compareTo(BOUND) < 0, "took " + took);
            Value after = context.eval("minipy", "6 * 7");
            assertEquals(42, after.asInt());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void closeWithCancelStopsTheProgram(int which) throws Exception {
        Context context = Context.newBuilder("minipy").allowHostAccess(org.graalvm.polyglot.HostAccess.ALL).build();
        CompletableFuture<PolyglotException> end = start(context, ENDLESS[which]);
        long start = System.nanoTime();
        context.close(true);
        PolyglotException e = end.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(e != null && e.isCancelled(), String.valueOf(e));
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
    }
}
