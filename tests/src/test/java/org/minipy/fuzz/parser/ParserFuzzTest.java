package org.minipy.fuzz.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser never fails other than with a SyntaxError, and never takes long: a fixed-seed batch of
 * mutated conformance scripts, and every input a campaign ever found a problem with. A longer campaign
 * is this test with other figures (tests/fuzz/parser/README.md): -Dfuzz.parser.seed, .count, .seconds,
 * .timeoutMillis, .dump (a folder for the CPython comparison), .findings (where minimized findings go).
 */
class ParserFuzzTest {

    private static final Path TESTS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path REGRESSIONS = TESTS.resolve("fuzz/parser/regressions");

    private static ParseOracle oracle;

    @BeforeAll
    static void startOracle() {
        oracle = new ParseOracle(Long.getLong("fuzz.parser.timeoutMillis", 5000));
    }

    @AfterAll
    static void stopOracle() {
        oracle.close();
    }

    @Test
    void mutatedScriptsCompileOrRaiseSyntaxError() throws IOException {
        List<String> seeds = ParserFuzzer.readAll(TESTS.resolve("conformance"), ".py");
        seeds.addAll(ParserFuzzer.readAll(REGRESSIONS, ".py"));
        String dumpDir = System.getProperty("fuzz.parser.dump");
        Path dump = dumpDir == null || dumpDir.isEmpty() ? null : Files.createDirectories(Path.of(dumpDir));
        long seed = Long.getLong("fuzz.parser.seed", 1);
        ParserFuzzer fuzzer = new ParserFuzzer(seeds, oracle, dump);
        ParserFuzzer.Report report = fuzzer.run(seed, Long.getLong("fuzz.parser.count", 15000),
                        1000 * Long.getLong("fuzz.parser.seconds", 45));
        System.out.println("parser fuzz, seed " + seed + ": " + report);
        assertTrue(report.inputs() > 0, "no input ran");
        if (!report.findings().isEmpty()) {
            Path out = Files.createDirectories(Path.of(System.getProperty("fuzz.parser.findings", TESTS.resolve("target/parser-fuzz-findings").toString())));
            StringBuilder msg = new StringBuilder();
            int n = 0;
            for (ParserFuzzer.Finding f : report.findings()) {
                Path file = out.resolve("finding-" + seed + "-" + f.index() + ".py");
                // getBytes, unlike writeString, writes a lone surrogate (as '?') instead of failing
                Files.write(file, f.minimized().getBytes(StandardCharsets.UTF_8));
                msg.append("\n").append(++n).append(". ").append(f.signature()).append(": ").append(f.detail()).append("\n   seed ")
                                .append(seed).append(" index ").append(f.index()).append(", minimized in ").append(file);
            }
            fail(report.findings().size() + " distinct findings:" + msg);
        }
    }

    /** Each input that once crashed or hung the parser, cut down; kept so that none comes back. */
    @TestFactory
    Stream<DynamicTest> regressions() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(REGRESSIONS)) {
            all.filter(f -> f.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        assertFalse(files.isEmpty(), "no regression inputs in " + REGRESSIONS);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (boolean interactive : new boolean[]{false, true}) {
                ParseOracle.Outcome o = oracle.compile(text, interactive);
                assertTrue(o.clean(), (interactive ? "interactive: " : "") + o);
            }
        }));
    }
}
