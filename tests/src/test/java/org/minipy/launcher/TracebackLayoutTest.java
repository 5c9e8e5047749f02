package org.minipy.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole tracebacks as CPython prints them, PEP 657's {@code ~} and {@code ^} markers included: each script in
 * {@code tests/tracebacks} runs from that directory by its bare name, and its stderr must equal the
 * {@code .stderr} file that {@code tests/tracebacks/regen.sh} wrote from CPython's, with the directory cut from
 * the {@code File} lines.
 */
class TracebackLayoutTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "tracebacks").toAbsolutePath();

    private static Engine engine;

    @BeforeAll
    static void createEngine() {
        engine = MiniPyMain.engineBuilder().build();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(ROOT)) {
            scripts = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script)));
    }

    private static void check(Path script) throws IOException {
        String name = script.getFileName().toString();
        Path expected = ROOT.resolve(name.substring(0, name.length() - ".py".length()) + ".stderr");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new MiniPyMain(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .engine(engine)
                .workingDirectory(ROOT)
                .launch(new String[] {name});
        String stderr = err.toString(StandardCharsets.UTF_8).replace("File \"" + ROOT + "/", "File \"");
        assertEquals(Files.readString(expected), stderr, name);
        assertEquals(1, status, "exit status");
    }
}
