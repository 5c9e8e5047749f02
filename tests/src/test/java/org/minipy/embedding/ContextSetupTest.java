package org.minipy.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

/** What the Context builder sets up for minipy: streams, arguments, the I/O policy, and the value of eval. */
class ContextSetupTest {

    @Test
    void evalOfAnExpressionIsItsValue() {
        try (Context context = Context.create("minipy")) {
            assertEquals(42, context.eval("minipy", "6 * 7").asInt());
        }
    }

    @Test
    void evalReturnsTheLastExpressionStatementAfterTheOthersRan() {
        try (Context context = Context.create("minipy")) {
            Value value = context.eval(Source.create("minipy", "x = [1, 2]\nx.append(3)\nlen(x) * 10"));
            assertEquals(30, value.asInt());
        }
    }

    @Test
    void evalEndingInAnotherStatementIsNone() {
        try (Context context = Context.create("minipy")) {
            assertTrue(context.eval("minipy", "x = 1").isNull());
            assertTrue(context.eval("minipy", "if x:\n    7\n").isNull());
        }
    }

    @Test
    void printWritesToTheContextsOutAndErr() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("minipy").out(out).err(err).build()) {
            context.eval("minipy", "import sys\nprint('to out', 1)\nprint('to err', file=sys.stderr)\nsys.stdout.write('more\\n')");
            assertEquals("to out 1\nmore\n", out.toString(StandardCharsets.UTF_8));
            assertEquals("to err\n", err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void outputOfAFunctionCalledFromJavaIsFlushedWhenItReturns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("minipy").out(out).build()) {
            Value greet = context.eval("minipy", "def greet(name):\n    print('hello', name)\ngreet");
            greet.execute("host");
            assertEquals("hello host\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void sysStdinReadsTheContextsIn() {
        ByteArrayInputStream in = new ByteArrayInputStream("first line\r\nsecond\nthird é\n".getBytes(StandardCharsets.UTF_8));
        try (Context context = Context.newBuilder("minipy").in(in).build()) {
            Value lines = context.eval("minipy", "import sys\n[sys.stdin.readline(), sys.stdin.read(3)] + list(sys.stdin)");
            assertEquals(4, lines.getArraySize());
            assertEquals("first line\n", lines.getArrayElement(0).asString());
            assertEquals("sec", lines.getArrayElement(1).asString());
            assertEquals("ond\n", lines.getArrayElement(2).asString());
            assertEquals("third é\n", lines.getArrayElement(3).asString());
            assertEquals("", context.eval("minipy", "sys.stdin.read()").asString());
        }
    }

    @Test
    void argumentsBecomeSysArgv() {
        try (Context context = Context.newBuilder("minipy").arguments("minipy", new String[]{"prog.py", "-v", "x y"}).build()) {
            Value argv = context.eval("minipy", "import sys\nsys.argv");
            assertEquals(3, argv.getArraySize());
            assertEquals("prog.py", argv.getArrayElement(0).asString());
            assertEquals("x y", argv.getArrayElement(2).asString());
        }
        try (Context context = Context.create("minipy")) {
            assertEquals("['']", context.eval("minipy", "import sys\nrepr(sys.argv)").asString());
        }
    }

    /**
     * A context without allowIO (Context.create's default) runs everything minipy has: its only I/O is the
     * context's own streams, which the I/O policy does not cover, and there is no way to open files.
     */
    @Test
    void noIOPolicyNeededAndNoFilesReachable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("minipy").allowIO(false).out(out).build()) {
            context.eval("minipy", "import sys, math, time, struct\nprint(math.sqrt(16.0), len(sys.argv), struct.calcsize('i') > 0, time.time() > 0)");
            assertEquals("4.0 1 True True\n", out.toString(StandardCharsets.UTF_8));
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("minipy", "open('/etc/passwd')"));
            assertEquals("NameError: name 'open' is not defined", e.toString());
            assertThrows(PolyglotException.class, () -> context.eval("minipy", "import os"));
        }
    }

    @Test
    void sourcesKeepTheirNameForTracebacksAndFrames() {
        try (Context context = Context.create("minipy")) {
            Source source = Source.newBuilder("minipy", "def f():\n    return 1 / 0\nf()\n", "calc.py").buildLiteral();
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval(source));
            assertEquals("calc.py", e.getSourceLocation().getSource().getName());
            assertFalse(e.isInternalError());
        }
    }
}
