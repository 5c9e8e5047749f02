package org.minipy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/**
 * An array's storage grows geometrically: unlike CPython's realloc, every growth here copies the whole
 * storage, so appends stay linear only if the storage moves a logarithmic number of times. buffer_info's
 * address is the storage's identity, so counting its changes counts the moves.
 */
class ArrayGrowthTest {
    @Test
    void appendsMoveTheStorageLogarithmicallyOften() {
        try (Context context = Context.create("minipy")) {
            context.eval("minipy", """
                    from array import array
                    a = array('i')
                    moves = 0
                    address = a.buffer_info()[0]
                    for i in range(200000):
                        a.append(i)
                        if a.buffer_info()[0] != address:
                            address = a.buffer_info()[0]
                            moves += 1
                    """);
            long moves = context.getBindings("minipy").getMember("moves").asLong();
            // doubling from a few items to 200000 takes 16 moves; growing by 1/16 took 124
            assertTrue(moves <= 25, "the storage moved " + moves + " times for 200000 appends");
        }
    }
}
