package org.minipy.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files that golden.py writes from CPython 3.13 (see its header for the format). */
final class Golden {

    private Golden() {
    }

    /** One line: the source and either CPython's AST dump or its SyntaxError fields. */
    record Case(String src, String ast, String errorClass, String msg, int lineno, int offset, int endLineno, int endOffset) {
        @Override
        public String toString() {
            String q = src.replace("\n", "\\n").replace("\t", "\\t");
            return q.length() > 60 ? q.substring(0, 57) + "..." : q;
        }
    }

    static List<Case> load(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Case> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f[0].equals("ast")) {
                    cases.add(new Case(unjson(f[1]), f[2], null, null, 0, 0, 0, 0));
                } else {
                    cases.add(new Case(unjson(f[1]), null, f[2], unjson(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                                    Integer.parseInt(f[6]), Integer.parseInt(f[7])));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes a JSON string literal. */
    static String unjson(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
