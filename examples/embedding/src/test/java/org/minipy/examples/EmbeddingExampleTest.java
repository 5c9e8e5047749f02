package org.minipy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The example in the README does what it says. */
class EmbeddingExampleTest {

    @Test
    void exampleRuns() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertEquals("""
                minipy module loaded, argv = ['example.py', '--fast']
                6 * 7 = 42
                stats: {'count': 5, 'total': 14.5, 'max': 5}, total = 14.5
                header written by Python: kind = 7, length = 10
                checksum computed by Python: 105
                Java read 0x21217970696e696d; Python now sees bytearray(b'minipy?!')
                caught ValueError: invalid literal for int() with base 10: 'forty-two' (line 15)
                runaway loop interrupted: true
                still usable: 45
                """, out.toString(StandardCharsets.UTF_8));
    }
}
