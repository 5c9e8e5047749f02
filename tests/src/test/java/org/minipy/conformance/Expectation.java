package org.minipy.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What CPython 3.13 did with a conformance script, from the files beside it: {@code x.out} is its stdout (byte for
 * byte); {@code x.err}, if present, the last line of its stderr after an uncaught exception (exit status 1);
 * {@code x.exit}, if present, its exit status; otherwise it exited with 0.
 */
record Expectation(Path script, byte[] stdout, String lastStderrLine, int status) {

    static Expectation of(Path script) throws IOException {
        String base = script.getFileName().toString().replaceFirst("\\.py$", "");
        Path out = script.resolveSibling(base + ".out");
        Path err = script.resolveSibling(base + ".err");
        Path exit = script.resolveSibling(base + ".exit");
        if (!Files.exists(out)) {
            throw new IOException("missing " + out.getFileName() + ": regenerate the expected files with CPython");
        }
        String lastStderrLine = Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8).strip() : null;
        int status = Files.exists(exit) ? Integer.parseInt(Files.readString(exit).strip())
                : lastStderrLine != null ? 1 : 0;
        return new Expectation(script, Files.readAllBytes(out), lastStderrLine, status);
    }

    /** Every way in which minipy's run differs from CPython's; empty if it conforms. */
    List<String> problems(byte[] actualStdout, String actualStderr, int actualStatus) {
        List<String> problems = new ArrayList<>();
        for (String line : actualStderr.split("\n")) {
            if (line.startsWith("\tat ") || line.contains("Exception in thread") || line.contains("minipy bug")) {
                problems.add("stderr shows an internal error: " + line);
                break;
            }
        }
        if (actualStatus != status) {
            problems.add("exit status " + actualStatus + ", expected " + status);
        }
        if (lastStderrLine != null) {
            String actualLast = lastLine(actualStderr);
            if (!lastStderrLine.equals(actualLast)) {
                problems.add("last stderr line differs:\n- " + lastStderrLine + "\n+ " + actualLast);
            }
        }
        if (!Arrays.equals(actualStdout, stdout)) {
            problems.add(firstDifference(new String(stdout, StandardCharsets.UTF_8),
                    new String(actualStdout, StandardCharsets.UTF_8)));
        }
        return problems;
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1];
    }

    /** The first differing line of stdout with the line before it, as in a unified diff. */
    private String firstDifference(String expected, String actual) {
        List<String> want = List.of(expected.split("\n", -1));
        List<String> got = List.of(actual.split("\n", -1));
        int k = 0;
        while (k < want.size() && k < got.size() && want.get(k).equals(got.get(k))) {
            k++;
        }
        StringBuilder diff = new StringBuilder("stdout differs from " + script.getFileName().toString()
                .replaceFirst("\\.py$", ".out") + " at line " + (k + 1) + ":\n");
        if (k > 0) {
            diff.append("  ").append(show(want.get(k - 1))).append('\n');
        }
        diff.append("- ").append(k < want.size() ? show(want.get(k)) : "(end of output)").append('\n');
        diff.append("+ ").append(k < got.size() ? show(got.get(k)) : "(end of output)");
        return diff.toString();
    }

    /** A line in quotes with control characters escaped, so that a stray space or \r shows in the diff. */
    private static String show(String line) {
        StringBuilder shown = new StringBuilder("\"");
        for (char c : line.toCharArray()) {
            if (c < ' ' || c == 0x7f) {
                shown.append(String.format("\\x%02x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.append('"').toString();
    }
}
