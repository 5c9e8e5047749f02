package org.minipy.fuzz.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A fuzzing campaign over the parser: mutants of the seed scripts go through the {@link ParseOracle},
 * and each distinct finding is kept once, with the mutant that first showed it and that mutant
 * minimized. Mutant number i of seed s is made from {@code new Random(s * 1_000_003 + i)}, so any
 * mutant can be made again from the two numbers a report gives.
 */
final class ParserFuzzer {

    /** One distinct finding: the first mutant that showed it, by seed and index, and that mutant cut down. */
    record Finding(String signature, String detail, long seed, long index, String input, String minimized) {
    }

    /** Figures for a campaign. */
    record Report(long inputs, long accepted, long syntaxErrors, long slowestMillis, long slowestIndex, long elapsedMillis,
                    List<Finding> findings) {

        @Override
        public String toString() {
            return inputs + " inputs in " + elapsedMillis + " ms: " + accepted + " accepted, " + syntaxErrors + " SyntaxError, "
                            + findings.size() + " distinct findings; slowest compile " + slowestMillis + " ms (index " + slowestIndex + ")";
        }
    }

    private final List<String> seeds;
    private final ScriptMutator mutator;
    private final ParseOracle oracle;
    private final Path dump;

    /** With {@code dump} set, each mutant is written there with minipy's outcome, for the CPython comparison. */
    ParserFuzzer(List<String> seeds, ParseOracle oracle, Path dump) {
        this.seeds = seeds;
        this.mutator = new ScriptMutator(seeds);
        this.oracle = oracle;
        this.dump = dump;
    }

    private String mutant(long seed, long index) {
        return mutator.mutant(new Random(seed * 1_000_003L + index));
    }

    /** Runs mutants from index 0 up until {@code count} have run or {@code millis} have passed, whichever comes first. */
    Report run(long seed, long count, long millis) throws IOException {
        for (String s : seeds.subList(0, Math.min(seeds.size(), 50))) {
            oracle.warmUp(s);
        }
        long begin = System.currentTimeMillis();
        long deadline = begin + millis;
        Map<String, Finding> findings = new LinkedHashMap<>();
        long accepted = 0;
        long syntaxErrors = 0;
        long slowest = 0;
        long slowestIndex = 0;
        long i = 0;
        List<String> outcomes = new ArrayList<>();
        for (; i < count && System.currentTimeMillis() < deadline; i++) {
            long index = i;
            String input = mutant(seed, index);
            // one mutant in four also goes through the REPL's path, which first asks whether input is complete
            boolean interactive = i % 4 == 3;
            long start = System.nanoTime();
            ParseOracle.Outcome o = oracle.compile(input, interactive);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (took > slowest) {
                slowest = took;
                slowestIndex = index;
            }
            switch (o.kind()) {
                case ACCEPTED -> accepted++;
                case SYNTAX_ERROR -> syntaxErrors++;
                default -> findings.computeIfAbsent(o.signature(),
                                sig -> new Finding(sig, o.detail(), seed, index, input, minimize(input, interactive, sig)));
            }
            // CPython's compile() is a script's path, not the REPL's; and a file read as UTF-8 cannot
            // hold a lone surrogate, so CPython could not be given the same input
            if (dump != null && !interactive && input.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE)) {
                String name = String.format("%08d.py", i);
                Files.writeString(dump.resolve(name), input, StandardCharsets.UTF_8);
                outcomes.add(name + "\t" + o.kind() + "\t" + errorClass(o) + "\t" + o.line() + "\t" + o.detail().replaceAll("\\s", " "));
            }
        }
        if (dump != null) {
            Files.write(dump.resolve("outcomes.tsv"), outcomes, StandardCharsets.UTF_8);
        }
        return new Report(i, accepted, syntaxErrors, slowest, slowestIndex, System.currentTimeMillis() - begin,
                        List.copyOf(findings.values()));
    }

    private static String errorClass(ParseOracle.Outcome o) {
        return o.kind() == ParseOracle.Outcome.Kind.SYNTAX_ERROR ? o.detail().substring(0, o.detail().indexOf(':')) : "";
    }

    /**
     * Cuts an input down while it still shows the same finding: whole lines first, then characters,
     * halving the size of the piece removed (delta debugging without the complement step).
     */
    String minimize(String input, boolean interactive, String signature) {
        Predicate<String> same = s -> {
            ParseOracle.Outcome o = oracle.compile(s, interactive);
            return !o.clean() && o.signature().equals(signature);
        };
        // a timeout costs the whole bound per try: give those few tries
        int budget = signature.equals("timeout") ? 30 : 3000;
        int[] left = {budget};
        Predicate<String> budgeted = s -> left[0]-- > 0 && same.test(s);
        List<String> lines = new ArrayList<>(List.of(input.split("(?<=\n)")));
        lines = reduce(lines, l -> budgeted.test(String.join("", l)));
        List<String> chars = new ArrayList<>();
        String joined = String.join("", lines);
        joined.codePoints().forEach(c -> chars.add(Character.toString(c)));
        return String.join("", reduce(chars, c -> budgeted.test(String.join("", c))));
    }

    private static List<String> reduce(List<String> parts, Predicate<List<String>> stillFails) {
        List<String> current = parts;
        for (int chunk = Math.max(1, current.size() / 2); chunk >= 1; chunk /= 2) {
            boolean removed = true;
            while (removed) {
                removed = false;
                for (int start = 0; start < current.size(); start += chunk) {
                    List<String> candidate = new ArrayList<>(current.subList(0, start));
                    candidate.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                    if (!candidate.isEmpty() && stillFails.test(candidate)) {
                        current = candidate;
                        removed = true;
                    }
                }
            }
        }
        return current;
    }

    /** The text of every file under {@code dir} whose name ends with {@code suffix}, in path order. */
    static List<String> readAll(Path dir, String suffix) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
