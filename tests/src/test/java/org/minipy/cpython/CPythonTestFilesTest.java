package org.minipy.cpython;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.graalvm.polyglot.Engine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

import org.minipy.launcher.MiniPyMain;

/**
 * The ratchet on CPython's own buffer tests: runs each test file of CPython 3.13's Lib/test, unmodified, on minipy
 * (with minipy's unittest and the test.support of tests/cpython/lib, as {@code tests/cpython/run -v} does) and
 * compares the outcome of every test with tests/cpython/results/NAME.txt, which lists each test that passes
 * ({@code ok ID}) and each that does not, with the reason ({@code fail ID: reason}). A listed test that stops
 * passing, a test that passes unlisted, and a failure without a reason fail the build. Skipped when that CPython
 * is not installed. {@code -Dcpython.update=true} rewrites the lists from this run, keeping the reasons given.
 */
class CPythonTestFilesTest {
    private static final List<String> FILES = List.of("test_memoryview", "test_struct", "test_array", "test_bytes", "test_buffer");
    private static final Path CPYTHON_TESTS = Path.of(System.getProperty("user.home"), ".pyenv", "versions", "3.13.0", "lib", "python3.13", "test");
    private static final Path HERE = Path.of(System.getProperty("basedir", "."), "cpython").toAbsolutePath();
    private static final int TIMEOUT_SECONDS = 900;
    /** A verbose result line: "test_x (__main__.Class.test_x) ... ok", with a docstring line before the dots. */
    private static final Pattern RESULT = Pattern.compile(
                    "^ {0,2}(test\\w*) \\(__main__\\.([\\w.]+)\\)[^\\n]*(?:\\n(?!test)[^\\n]*?)? \\.\\.\\. (ok|FAIL|ERROR|skipped.*|expected failure|unexpected success)$",
                    Pattern.MULTILINE);

    private static Engine engine;

    @TestFactory
    Stream<DynamicTest> files() {
        Assumptions.assumeTrue(Files.isDirectory(CPYTHON_TESTS), "CPython 3.13's Lib/test is not at " + CPYTHON_TESTS);
        return FILES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    @AfterAll
    static void closeEngine() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }

    private static void check(String name) throws Exception {
        Map<String, String> outcomes = outcomes(run(name));
        Path listFile = HERE.resolve("results").resolve(name + ".txt");
        Map<String, String> expected = read(listFile);
        if (Boolean.getBoolean("cpython.update")) {
            write(listFile, name, outcomes, expected);
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String outcome = outcomes.get(e.getKey());
            if (e.getValue() == null && !"ok".equals(outcome)) {
                problems.add(e.getKey() + " passed and now " + (outcome == null ? "did not run" : "ends in " + outcome));
            }
        }
        for (Map.Entry<String, String> e : outcomes.entrySet()) {
            boolean listed = expected.containsKey(e.getKey());
            if (e.getValue().equals("ok") && (!listed || expected.get(e.getKey()) != null)) {
                problems.add(e.getKey() + " passes now: list it as ok in " + listFile.getFileName());
            } else if (isFailure(e.getValue()) && !listed) {
                problems.add(e.getKey() + " ends in " + e.getValue() + " and is not listed with a reason in " + listFile.getFileName());
            }
        }
        if (!problems.isEmpty()) {
            AssertionFailedError failure = new AssertionFailedError(name + ":\n" + String.join("\n", problems)
                            + "\n(./run-tests -pl tests -am -Dtest=CPythonTestFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dcpython.update=true"
                            + " rewrites the lists; then give each new failure its reason)");
            failure.setStackTrace(new StackTraceElement[0]);
            throw failure;
        }
    }

    private static boolean isFailure(String outcome) {
        return outcome.equals("FAIL") || outcome.equals("ERROR") || outcome.equals("unexpected success");
    }

    /** unittest's verbose output (stderr) of the file. */
    private static String run(String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        MiniPyMain main = new MiniPyMain(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)).engine(engine()).workingDirectory(CPYTHON_TESTS).environment("PYTHONPATH",
                                        HERE.resolve("lib").toString());
        String[] args = {CPYTHON_TESTS.resolve(name + ".py").toString(), "-v"};
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                status.complete(main.launch(args));
            } catch (Throwable t) {
                status.completeExceptionally(t);
            }
        }, "minipy " + name);
        thread.setDaemon(true);
        thread.start();
        try {
            status.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            Engine hung = engine;
            engine = null;
            Thread.ofPlatform().daemon().start(() -> hung.close(true));
            throw new AssertionFailedError(name + " did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The outcome of each test, by Class.test_name; a test with a failed subtest ends in FAIL or ERROR. */
    static Map<String, String> outcomes(String output) {
        Map<String, String> outcomes = new TreeMap<>();
        Matcher m = RESULT.matcher(output);
        while (m.find()) {
            String id = m.group(2);
            String outcome = m.group(3).startsWith("skipped") ? "skipped" : m.group(3);
            String before = outcomes.get(id);
            if (before == null || !isFailure(before)) {
                outcomes.put(id, outcome);
            }
        }
        return outcomes;
    }

    /** ID to null for "ok ID", to the reason for "fail ID: reason". */
    private static Map<String, String> read(Path file) throws IOException {
        Map<String, String> expected = new TreeMap<>();
        if (!Files.exists(file)) {
            return expected;
        }
        for (String line : Files.readAllLines(file)) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ok ")) {
                expected.put(line.substring(3).strip(), null);
            } else if (line.startsWith("fail ") && line.indexOf(": ") > 5) {
                int colon = line.indexOf(": ");
                expected.put(line.substring(5, colon).strip(), line.substring(colon + 2).strip());
            } else {
                throw new AssertionFailedError(file + ": a line is \"ok ID\" or \"fail ID: reason\", not: " + line);
            }
        }
        return expected;
    }

    private static void write(Path file, String name, Map<String, String> outcomes, Map<String, String> expected) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + name + " on minipy (tests/cpython/run -v " + name + "): \"ok ID\" for each test that passes, \"fail ID: reason\"");
        lines.add("# for each that fails or errs; skipped tests are not listed. Checked by CPythonTestFilesTest in ./run-tests.");
        for (Map.Entry<String, String> e : outcomes.entrySet()) {
            if (e.getValue().equals("ok")) {
                lines.add("ok " + e.getKey());
            } else if (isFailure(e.getValue())) {
                String reason = expected.get(e.getKey());
                lines.add("fail " + e.getKey() + ": " + (reason != null ? reason : "not investigated yet"));
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, lines);
        assertTrue(Files.exists(file));
    }

    private static synchronized Engine engine() {
        if (engine == null) {
            engine = MiniPyMain.engineBuilder().build();
        }
        return engine;
    }
}
