package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.Test;

/** Every Python statement carries Truffle's StatementTag, which ResourceLimits' statement limit counts. */
class StatementLimitTest {

    private static Context limitedTo(long statements) {
        return Context.newBuilder("minipy").resourceLimits(ResourceLimits.newBuilder().statementLimit(statements, null).build()).build();
    }

    /** Closing a context that a limit cancelled reports the cancellation again. */
    private static void closeCancelled(Context context) {
        PolyglotException e = assertThrows(PolyglotException.class, context::close);
        assertTrue(e.isCancelled());
    }

    @Test
    void eachStatementCountsOnce() {
        // five statements: two assignments, the def, the call's return and the if (with its body: one more)
        String program = "a = 1\nb = 2\ndef f():\n    return a + b\nif f() == 3:\n    c = 3\n";
        try (Context context = limitedTo(6)) {
            context.eval("minipy", program);
            assertEquals(3, context.eval("minipy", "c").asInt());
        }
        Context context = limitedTo(5);
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("minipy", program));
        assertTrue(e.isResourceExhausted());
        closeCancelled(context);
    }

    @Test
    void anEndlessLoopIsStoppedByTheLimit() {
        Context context = limitedTo(10_000);
        PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("minipy", "n = 0\nwhile True:\n    n += 1\n"));
        assertTrue(e.isResourceExhausted());
        assertTrue(e.isCancelled());
        assertEquals("Statement count limit of 10000 exceeded. Statements executed 10001.", e.getMessage());
        closeCancelled(context);
    }

    @Test
    void loopBodiesCountPerIterationAndResetLimitsStartsAgain() {
        try (Context context = limitedTo(1_000)) {
            // 1 + 1 (the for) + 500 iterations of one statement
            context.eval("minipy", "t = 0\nfor i in range(500):\n    t += i\n");
            context.resetLimits();
            context.eval("minipy", "for i in range(900):\n    t += i\n");
            assertEquals(124750 + 404550, context.eval("minipy", "t").asInt());
        }
    }
}
