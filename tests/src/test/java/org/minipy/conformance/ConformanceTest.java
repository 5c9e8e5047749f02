package org.minipy.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;
import org.minipy.launcher.MiniPyMain;
import org.opentest4j.AssertionFailedError;

/**
 * Runs every {@code tests/conformance/**}{@code /*.py} as {@code minipy script.py} would, from the script's
 * directory with empty stdin, and compares the outcome with what CPython 3.13 produced (see {@link Expectation}).
 * Each script gets a fresh context; they share one engine so that the runtime starts once.
 */
class ConformanceTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", "."), "conformance").toAbsolutePath();
    private static final int TIMEOUT_SECONDS = 30;

    private static Engine engine;

    /**
     * Scripts that minipy does not pass yet, one path a line. Such a script still runs: it is reported as
     * skipped while it fails, and fails the build once it passes, so that the list only ever shrinks.
     */
    private static final Path KNOWN_FAILURES = ROOT.resolve("KNOWN_FAILURES");

    @TestFactory
    Stream<DynamicTest> scripts() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(ROOT)) {
            scripts = files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "no scripts in " + ROOT);
        Set<String> knownFailures = knownFailures();
        return scripts.stream().map(script -> {
            String name = ROOT.relativize(script).toString();
            return DynamicTest.dynamicTest(name, script.toUri(), () -> {
                if (!knownFailures.contains(name)) {
                    check(script);
                    return;
                }
                try {
                    check(script);
                } catch (AssertionFailedError e) {
                    throw new TestAbortedException("known failure (tests/conformance/KNOWN_FAILURES): " + e.getMessage());
                }
                fail(name + " passes now: remove it from tests/conformance/KNOWN_FAILURES");
            });
        });
    }

    private static Set<String> knownFailures() throws IOException {
        if (!Files.exists(KNOWN_FAILURES)) {
            return Set.of();
        }
        try (Stream<String> lines = Files.lines(KNOWN_FAILURES)) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        }
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private static void check(Path script) throws Exception {
        Expectation expected = Expectation.of(script);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MiniPyMain main = new MiniPyMain(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .engine(engine())
                .workingDirectory(script.getParent());
        String[] args = {script.getFileName().toString()};
        CompletableFuture<Integer> run = new CompletableFuture<>();
        // A thread per script: one that hangs where cancelling cannot reach must not hold up the next.
        Thread thread = new Thread(() -> {
            try {
                run.complete(main.launch(args));
            } catch (Throwable t) {
                run.completeExceptionally(t);
            }
        }, "minipy " + script.getFileName());
        thread.setDaemon(true);
        thread.start();
        int status;
        try {
            status = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            cancelRunningScript();
            throw failure("did not finish within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
        List<String> problems = expected.problems(out.toByteArray(), err.toString(StandardCharsets.UTF_8), status);
        if (!problems.isEmpty()) {
            throw failure(String.join("\n", problems) + "\n--- stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
    }

    private static AssertionFailedError failure(String message) {
        AssertionFailedError failure = new AssertionFailedError(message);
        // Where in the runner the comparison failed says nothing about the script.
        failure.setStackTrace(new StackTraceElement[0]);
        return failure;
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = MiniPyMain.engineBuilder().build();
        }
        return engine;
    }

    /** Cancels the script's context with its engine; the next script gets a new engine. */
    private static synchronized void cancelRunningScript() {
        Engine hung = engine;
        engine = null;
        Thread.ofPlatform().daemon().start(() -> hung.close(true));
    }
}
