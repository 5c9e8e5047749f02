package org.minipy.fuzz.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns seed scripts into broken ones the way editing, truncation and hostile tools break source: each
 * mutant is one to four stacked edits of a seed, at character, token or line level, or the splice of
 * two seeds. Everything depends only on the Random given, so a (seed, index) pair reproduces a mutant.
 */
final class ScriptMutator {

    /** Fragments that steer the lexer and parser into their rarer paths when dropped into a script. */
    private static final String[] FRAGMENTS = {
        // brackets and separators
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "\\", "\\\n", "@", "->", "=", ":=", "*", "**",
        // operators
        "+", "-", "~", "/", "//", "%", "<<", ">>", "&", "|", "^", "<", ">", "<=", ">=", "==", "!=", "!", "$", "?", "`",
        "+=", "-=", "*=", "**=", "//=", "<<=", "|=", "not ", " not in ", " is not ",
        // keywords, soft keywords and names CPython treats specially
        "if ", "elif ", "else", "else:", "while ", "for ", " in ", "def ", "class ", "lambda", "lambda:", "lambda *a, **k: ",
        "return", "yield", "yield from ", "await ", "async ", "with ", " as ", "try:", "except", "except*", "finally:",
        "raise", "raise from ", "global ", "nonlocal ", "del ", "pass", "break", "continue", "import ", "from ", "assert ",
        " and ", " or ", "None", "True", "False", "__debug__", "match ", "case ", "type ", "_", "print", "__class__",
        // numbers, including malformed ones
        "0", "00", "007", "0x", "0xg", "0b2", "0o8", "1_", "1__0", "1e", "1e+", "1.e5", ".5j", "1j", "0x_f", "9".repeat(60),
        "1if", "0_7", "1.__class__",
        // strings, prefixes, f-strings and escapes, often unterminated
        "'", "\"", "'''", "\"\"\"", "b'", "rb\"", "br'", "u'", "f'", "rf\"", "f'{", "f'{x!r}'", "f'{x:>{w}}'", "f'{'",
        "f\"{x=}\"", "f'{}'", "f'{x!z}'", "f'}'", "'\\x'", "'\\u12'", "'\\N{'", "b'\\u1234'", "b'\u00e9'", "'\\\n'",
        // indentation, line ends and control characters
        "\n", "\n    ", "\n\t", "\t", " ", "        ", "\r", "\r\n", "\f", "\u000b", "\u0000", "\u001b", "\n\n\n",
        // odd Unicode: non-ASCII identifiers, normalisation, invisible and separator characters, surrogates
        "\u00e9", "\u00a0", "\u200b", "\ufeff", "\u2028", "\u0085", "\u00b2", "\uff11", "\u210c", "\u212b", "\u0301",
        "\ud83d\ude00", "\ud800", "\udc00", "\u0660", "\u00bd", "\ufb01",
        // comments and decorators
        "#", "# comment\n", "@decorator\n",
    };

    /** Strings repeated many times to probe nesting depth and very long lines. */
    private static final String[] DEEP = {"(", "[", "{", "-", "not ", "lambda: ", "f'{", "x.", "x[", "a if b else ", "1+", "await ",
        "(x for x in ", "[x for x in ", "*", "**", "\n    if x:"};

    /**
     * Rough Python tokens: enough to delete, duplicate and swap whole names, numbers, strings and
     * operators. Possessive loops over character classes, because java.util.regex recurses once per
     * repetition of a group and mutants hold strings thousands of characters long.
     */
    private static final Pattern TOKEN = Pattern.compile(
                    "[A-Za-z_][A-Za-z_0-9]*+|[0-9][0-9A-Za-z_.]*+|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+'|\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|\\*\\*|//|[^\\sA-Za-z_0-9]");

    private final List<String> seeds;

    ScriptMutator(List<String> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seed scripts");
        }
        this.seeds = seeds;
    }

    /** A mutant of one seed, chosen with the same Random. */
    String mutant(Random r) {
        String s = pick(r, seeds);
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            s = mutate(s, r);
        }
        return s;
    }

    private String mutate(String s, Random r) {
        // mostly shallow; sometimes past CPython's limits (200 brackets, its parser's stack) and far past
        int[] depths = {40, 40, 400, 400, 5000};
        switch (r.nextInt(14)) {
            case 0:
                return deleteSpan(s, r);
            case 1:
                return duplicateSpan(s, r);
            case 2:
                return swapSpans(s, r);
            case 3:
            case 4:
            case 5:
                return insert(s, r.nextInt(s.length() + 1), pick(r, FRAGMENTS));
            case 6:
                return tokenEdit(s, r);
            case 7:
                return lineEdit(s, r);
            case 8:
                return splice(s, pick(r, seeds), r);
            case 9:
                return s.substring(0, r.nextInt(s.length() + 1));
            case 10:
                return insert(s, r.nextInt(s.length() + 1), pick(r, DEEP).repeat(1 + r.nextInt(depths[r.nextInt(depths.length)])));
            case 11:
                return replaceChar(s, r);
            case 12:
                return reindent(s, r);
            default:
                return wrap(s, r);
        }
    }

    private static String deleteSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + r.nextInt(r.nextBoolean() ? 3 : 40));
        return s.substring(0, from) + s.substring(to);
    }

    private static String duplicateSpan(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int from = r.nextInt(s.length());
        int to = Math.min(s.length(), from + 1 + r.nextInt(60));
        return s.substring(0, to) + s.substring(from, to) + s.substring(to);
    }

    private static String swapSpans(String s, Random r) {
        if (s.length() < 4) {
            return s;
        }
        int[] cut = sortedCuts(s.length(), 4, r);
        return s.substring(0, cut[0]) + s.substring(cut[2], cut[3]) + s.substring(cut[1], cut[2]) + s.substring(cut[0], cut[1])
                        + s.substring(cut[3]);
    }

    private static String insert(String s, int at, String fragment) {
        return s.substring(0, at) + fragment + s.substring(at);
    }

    /** Deletes, duplicates or swaps whole tokens, or puts a fragment in place of one. */
    private static String tokenEdit(String s, Random r) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(new int[]{m.start(), m.end()});
        }
        if (tokens.size() < 2) {
            return s;
        }
        int[] a = pick(r, tokens);
        int[] b = pick(r, tokens);
        if (a[0] > b[0]) {
            int[] t = a;
            a = b;
            b = t;
        }
        switch (r.nextInt(4)) {
            case 0:
                return s.substring(0, a[0]) + s.substring(a[1]);
            case 1:
                return s.substring(0, a[1]) + " " + s.substring(a[0], a[1]) + s.substring(a[1]);
            case 2:
                return s.substring(0, a[0]) + pick(r, FRAGMENTS) + s.substring(a[1]);
            default:
                if (a[1] > b[0]) {
                    return s;
                }
                return s.substring(0, a[0]) + s.substring(b[0], b[1]) + s.substring(a[1], b[0]) + s.substring(a[0], a[1]) + s.substring(b[1]);
        }
    }

    /** Deletes, duplicates or swaps whole lines, which keeps tokens intact but breaks block structure. */
    private static String lineEdit(String s, Random r) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = r.nextInt(lines.size());
        int j = r.nextInt(lines.size());
        switch (r.nextInt(3)) {
            case 0:
                lines.remove(i);
                break;
            case 1:
                lines.add(i, lines.get(j));
                break;
            default:
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
        }
        return String.join("\n", lines);
    }

    private static String splice(String a, String b, Random r) {
        return a.substring(0, r.nextInt(a.length() + 1)) + b.substring(r.nextInt(b.length() + 1));
    }

    private static String replaceChar(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        int at = r.nextInt(s.length());
        char c = switch (r.nextInt(3)) {
            case 0 -> (char) r.nextInt(0x80);
            case 1 -> (char) r.nextInt(0x3000);
            default -> (char) r.nextInt(0x10000);
        };
        return s.substring(0, at) + c + s.substring(at + 1);
    }

    /** Shifts one line's indentation, or turns its spaces into tabs, the edits that make Indentation and TabErrors. */
    private static String reindent(String s, Random r) {
        String[] lines = s.split("\n", -1);
        int i = r.nextInt(lines.length);
        String line = lines[i];
        lines[i] = switch (r.nextInt(4)) {
            case 0 -> " ".repeat(1 + r.nextInt(8)) + line;
            case 1 -> line.stripLeading();
            case 2 -> line.replace("    ", "\t");
            default -> "\t" + line.substring(Math.min(line.length(), r.nextInt(5)));
        };
        return String.join("\n", lines);
    }

    /** Wraps a span in brackets or quotes that may not match, often many times over. */
    private static String wrap(String s, Random r) {
        if (s.isEmpty()) {
            return s;
        }
        String[][] pairs = {{"(", ")"}, {"[", "]"}, {"{", "}"}, {"f'{", "}'"}, {"(", "]"}, {"'", "'"}, {"lambda: (", ")"}, {"(yield ", ")"}};
        String[] p = pairs[r.nextInt(pairs.length)];
        int n = 1 + r.nextInt(r.nextBoolean() ? 3 : 200);
        int[] cut = sortedCuts(s.length(), 2, r);
        return s.substring(0, cut[0]) + p[0].repeat(n) + s.substring(cut[0], cut[1]) + p[1].repeat(n) + s.substring(cut[1]);
    }

    private static int[] sortedCuts(int length, int n, Random r) {
        int[] cuts = new int[n];
        for (int i = 0; i < n; i++) {
            cuts[i] = r.nextInt(length + 1);
        }
        Arrays.sort(cuts);
        return cuts;
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private static String pick(Random r, String[] items) {
        return items[r.nextInt(items.length)];
    }
}
