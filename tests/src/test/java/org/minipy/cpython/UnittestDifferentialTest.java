package org.minipy.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * minipy's unittest (language/src/main/resources/org/minipy/lib/unittest) prints what CPython's prints: checked
 * on CPython itself, running tests/cpython/unittest_diff/sample_tests.py once with each (the check script).
 * Skipped when CPython 3.13 is not installed.
 */
class UnittestDifferentialTest {
    private static final Path CPYTHON = Path.of(System.getProperty("user.home"), ".pyenv", "versions", "3.13.0", "bin", "python3");
    private static final Path CHECK = Path.of(System.getProperty("basedir", "."), "cpython", "unittest_diff", "check").toAbsolutePath();

    @Test
    void unittestPrintsWhatCPythonsPrints() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CPYTHON), "no CPython 3.13 at " + CPYTHON);
        Process check = new ProcessBuilder("bash", CHECK.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        check.waitFor(120, TimeUnit.SECONDS);
        assertEquals(0, check.exitValue(), output);
    }
}
