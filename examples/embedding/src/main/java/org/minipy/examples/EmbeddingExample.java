package org.minipy.examples;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * A Java program that embeds minipy: it runs a Python module, calls its functions with Java values, shares
 * memory with it in both directions without copies, catches its exceptions, and stops a runaway loop.
 */
public final class EmbeddingExample {

    private static final String MODULE = """
            import struct
            import sys

            def stats(*values):
                return {"count": len(values), "total": sum(values), "max": max(values)}

            def fill_header(frame, kind, length):
                # writes into the host's ByteBuffer itself
                struct.pack_into("<HI", frame, 0, kind, length)

            def checksum(frame, start, count):
                return sum(struct.unpack_from(f"<{count}B", frame, start)) % 256

            def parse(text):
                return int(text)

            print("minipy module loaded, argv =", sys.argv)
            """;

    private EmbeddingExample() {
    }

    public static void main(String[] args) throws InterruptedException {
        // ByteBuffers are interop buffers where the host access policy allows buffer access.
        HostAccess access = HostAccess.newBuilder(HostAccess.EXPLICIT).allowBufferAccess(true).build();
        try (Context context = Context.newBuilder("minipy")
                .arguments("minipy", new String[]{"example.py", "--fast"})
                .allowHostAccess(access)
                .build()) {
            context.eval(Source.newBuilder("minipy", MODULE, "example.py").buildLiteral());
            Value module = context.getBindings("minipy");

            // An expression's value; Python values as Java values.
            int answer = context.eval("minipy", "6 * 7").asInt();
            System.out.println("6 * 7 = " + answer);

            // Calling a Python function with Java arguments; a dict comes back as hash entries.
            Value stats = module.getMember("stats").execute(3, 1, 4, 1.5, 5);
            System.out.println("stats: " + stats + ", total = " + stats.getHashValue("total").asDouble());

            // Java -> Python: Python writes a header into a direct ByteBuffer in place.
            ByteBuffer frame = ByteBuffer.allocateDirect(16).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 6; i < 16; i++) {
                frame.put(i, (byte) i);
            }
            module.getMember("fill_header").execute(frame, 7, 10);
            System.out.println("header written by Python: kind = " + frame.getShort(0) + ", length = " + frame.getInt(2));
            System.out.println("checksum computed by Python: " + module.getMember("checksum").execute(frame, 6, 10).asInt());

            // Python -> Java: Java reads and writes a bytearray's own memory.
            Value data = context.eval("minipy", "data = bytearray(b'minipy!!')\ndata");
            long word = data.readBufferLong(ByteOrder.LITTLE_ENDIAN, 0);
            data.writeBufferByte(6, (byte) '?');
            System.out.println("Java read 0x" + Long.toHexString(word) + "; Python now sees " + context.eval("minipy", "data"));

            // A Python exception is a PolyglotException with the Python class and message.
            try {
                module.getMember("parse").execute("forty-two");
            } catch (PolyglotException e) {
                System.out.println("caught " + e.getGuestObject().getMetaObject().getMetaSimpleName() + ": " + e.getMessage()
                        + " (line " + e.getSourceLocation().getStartLine() + ")");
            }

            // A loop that never ends is interrupted from another thread; the context stays usable.
            Thread watchdog = new Thread(() -> {
                try {
                    Thread.sleep(100);
                    context.interrupt(Duration.ofSeconds(5));
                } catch (InterruptedException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            });
            watchdog.start();
            try {
                context.eval("minipy", "while True:\n    pass\n");
            } catch (PolyglotException e) {
                System.out.println("runaway loop interrupted: " + e.isInterrupted());
            }
            watchdog.join();
            System.out.println("still usable: " + context.eval("minipy", "sum(range(10))"));
        }
    }
}
