package org.minipy.parser;

import java.util.Arrays;

/**
 * A source file as code points with universal newlines, so that columns are code point offsets as
 * CPython's {@code ast} counts them; it also builds errors that quote the offending line.
 */
final class SourceText {

    final String filename;
    /** The code points, with "\r\n" and "\r" turned into "\n". */
    final int[] cp;
    /** lineStarts[i] is the index in cp of the first code point of line i + 1. */
    private final int[] lineStarts;
    private final int lineCount;

    SourceText(String source, String filename) {
        this.filename = filename;
        int[] raw = source.codePoints().toArray();
        int[] norm = new int[raw.length];
        int n = 0;
        int start = raw.length > 0 && raw[0] == 0xFEFF ? 1 : 0;
        for (int i = start; i < raw.length; i++) {
            int c = raw[i];
            if (c == '\r') {
                if (i + 1 < raw.length && raw[i + 1] == '\n') {
                    i++;
                }
                c = '\n';
            }
            norm[n++] = c;
        }
        this.cp = n == norm.length ? norm : Arrays.copyOf(norm, n);
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < n; i++) {
            if (cp[i] == '\n') {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lineCount = lines;
    }

    int lineCount() {
        return lineCount;
    }

    int lineStart(int lineno) {
        return lineStarts[lineno - 1];
    }

    /** Line lineno (1-based) without its line break; "" past the end. */
    String line(int lineno) {
        if (lineno < 1 || lineno > lineCount) {
            return "";
        }
        int s = lineStarts[lineno - 1];
        int e = s;
        while (e < cp.length && cp[e] != '\n') {
            e++;
        }
        return new String(cp, s, e - s);
    }

    String slice(int from, int to) {
        return new String(cp, from, to - from);
    }

    SyntaxErrorException error(SyntaxErrorException.Kind kind, String msg, int lineno, int offset, int endLineno,
                    int endOffset) {
        return new SyntaxErrorException(kind, msg, filename, lineno, offset, endLineno, endOffset, line(lineno));
    }

    SyntaxErrorException error(String msg, int lineno, int offset, int endLineno, int endOffset) {
        return error(SyntaxErrorException.Kind.SYNTAX, msg, lineno, offset, endLineno, endOffset);
    }
}
