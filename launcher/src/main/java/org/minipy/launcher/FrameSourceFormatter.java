package org.minipy.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.minipy.parser.Parser;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;
import org.minipy.parser.ast.Stmt;

/**
 * The source lines under a traceback's {@code File ...} line with PEP 657's markers, as CPython 3.13 and 3.14 print
 * them (Lib/traceback.py, StackSummary.format_frame_summary): every line of the failing expression or statement, or
 * the first and last and those around the operator with {@code ...<n lines>...} between; under each a line of
 * {@code ~} and {@code ^} marking the expression, {@code ^} alone on the operator of a binary operation or the
 * brackets of a call or subscript. The markers are left out where they would underline the whole statement.
 */
final class FrameSourceFormatter {

    /**
     * traceback._Anchors: the end of the left operand (or the opening bracket) and the start of the right operand
     * (or the end of the expression), as (line index, column) in the segment.
     */
    private record Anchors(int leftEndLine, int leftEndOffset, int rightStartLine, int rightStartOffset) {
    }

    private FrameSourceFormatter() {
    }

    /**
     * The lines to print, indented by four spaces.
     *
     * @param original the source lines from the first to the last line of the position, right-stripped
     * @param colno the position's start column in its first line (0-based)
     * @param endColno the position's end column in its last line (0-based, exclusive)
     */
    static List<String> format(List<String> original, int colno, int endColno) {
        String firstLine = original.get(0);
        String lastLine = original.get(original.size() - 1);
        int startOffset = Math.min(colno, firstLine.length());
        int endOffset = Math.min(endColno, lastLine.length());
        List<String> allLines = dedent(original);
        int dedentCharacters = firstLine.length() - allLines.get(0).length();
        startOffset = Math.max(0, startOffset - dedentCharacters);
        endOffset = Math.max(0, endOffset - dedentCharacters);
        int dpStartOffset = displayWidth(allLines.get(0), startOffset);
        int dpEndOffset = displayWidth(allLines.get(allLines.size() - 1), endOffset);

        String joined = String.join("\n", allLines);
        int segmentEnd = Math.min(joined.length(), joined.length() - (allLines.get(allLines.size() - 1).length() - endOffset));
        String segment = startOffset < segmentEnd ? joined.substring(startOffset, segmentEnd) : "";

        Anchors anchors = null;
        try {
            anchors = anchors(segment);
        } catch (RuntimeException e) {
            // traceback.py suppresses every exception of the anchor search: no anchors
        }
        boolean showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);

        TreeSet<Integer> significant = new TreeSet<>(List.of(0, allLines.size() - 1));
        int leftEndOffset = 0;
        int rightStartOffset = 0;
        if (anchors != null) {
            leftEndOffset = anchors.leftEndOffset + (anchors.leftEndLine == 0 ? startOffset : 0);
            rightStartOffset = anchors.rightStartOffset + (anchors.rightStartLine == 0 ? startOffset : 0);
            leftEndOffset = displayWidth(allLines.get(anchors.leftEndLine), leftEndOffset);
            rightStartOffset = displayWidth(allLines.get(anchors.rightStartLine), rightStartOffset);
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftEndLine + d);
                significant.add(anchors.rightStartLine + d);
            }
        }
        significant.remove(-1);
        significant.remove(allLines.size());

        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int linediff = lineno - previous;
                if (linediff == 2) {
                    outputLine(result, allLines, lineno - 1, showCarets, anchors, dpStartOffset, dpEndOffset, leftEndOffset, rightStartOffset);
                } else if (linediff > 2) {
                    result.add("...<" + (linediff - 1) + " lines>...");
                }
            }
            outputLine(result, allLines, lineno, showCarets, anchors, dpStartOffset, dpEndOffset, leftEndOffset, rightStartOffset);
            previous = lineno;
        }
        List<String> indented = new ArrayList<>();
        for (String line : dedent(result)) {
            indented.add("    " + line);
        }
        return indented;
    }

    private static void outputLine(List<String> result, List<String> allLines, int lineno, boolean showCarets, Anchors anchors, int dpStartOffset,
            int dpEndOffset, int leftEndOffset, int rightStartOffset) {
        String line = allLines.get(lineno);
        result.add(line);
        if (!showCarets) {
            return;
        }
        int numSpaces = line.length() - line.stripLeading().length();
        int numCarets = lineno == allLines.size() - 1 ? dpEndOffset : displayWidth(line, line.length());
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < numCarets; col++) {
            if (col < numSpaces || (lineno == 0 && col < dpStartOffset)) {
                carets.append(' ');
            } else if (anchors != null
                    && (lineno > anchors.leftEndLine || (lineno == anchors.leftEndLine && col >= leftEndOffset))
                    && (lineno < anchors.rightStartLine || (lineno == anchors.rightStartLine && col < rightStartOffset))) {
                carets.append('^');
            } else {
                carets.append(anchors != null ? '~' : '^');
            }
        }
        result.add(carets.toString());
    }

    /**
     * StackSummary._should_show_carets: not under a call that is the whole value of a {@code return} or of an
     * assignment to one name, nor under a whole line without anchors.
     */
    private static boolean shouldShowCarets(int startOffset, int endOffset, List<String> allLines, Anchors anchors) {
        Stmt.Module tree = parse(String.join("\n", allLines));
        if (tree != null) {
            if (tree.body().isEmpty()) {
                return false;
            }
            Expr value = null;
            switch (tree.body().get(0)) {
                case Stmt.Return r when r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name -> value = c;
                case Stmt.Assign a when a.value() instanceof Expr.Call c && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name -> value = c;
                default -> {
                }
            }
            if (value != null) {
                Pos p = value.pos();
                if (p.line() == 1 && p.endLine() == allLines.size() && p.col() == startOffset && p.endCol() == endOffset) {
                    return false;
                }
            }
        }
        if (anchors != null) {
            return true;
        }
        String first = allLines.get(0);
        String last = allLines.get(allLines.size() - 1);
        return !first.substring(0, Math.min(startOffset, first.length())).strip().isEmpty()
                || !last.substring(Math.min(endOffset, last.length())).strip().isEmpty();
    }

    /** The module, or null where Python's ast.parse raises SyntaxError. */
    private static Stmt.Module parse(String source) {
        try {
            return Parser.parse(source, "<traceback>");
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** traceback._extract_caret_anchors_from_line_segment: a binary operator, or a subscript's or call's brackets. */
    private static Anchors anchors(String segment) {
        Stmt.Module tree = parse("(\n" + segment + "\n)");
        if (tree == null || tree.body().size() != 1 || !(tree.body().get(0) instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        Segment lines = new Segment(segment.lines().toList());
        switch (statement.value()) {
            case Expr.BinOp b -> {
                int[] at = lines.endOf(b.left(), true);
                // the operator's first character is the first one that is neither space nor ')'
                at = lines.incrementUntil(at, ch -> !Character.isWhitespace(ch) && ch != ')');
                int line = at[0];
                int col = at[1];
                // an operator is one or two characters long, on one line, before the right operand
                int rightCol = col + 1;
                String text = lines.get(line);
                if (rightCol < text.length()
                        && (b.right().pos().line() - 2 > line || rightCol < lines.normalize(b.right().pos().line() - 2, b.right().pos().col()))
                        && !Character.isWhitespace(text.charAt(rightCol)) && text.charAt(rightCol) != '\\' && text.charAt(rightCol) != '#') {
                    rightCol++;
                }
                return new Anchors(line, col, line, rightCol);
            }
            case Expr.Subscript s -> {
                int[] left = lines.incrementUntil(lines.endOf(s.value(), true), ch -> ch == '[');
                int[] right = lines.endOf(s, false);
                return new Anchors(left[0], left[1], right[0], right[1]);
            }
            case Expr.Call c -> {
                int[] left = lines.incrementUntil(lines.endOf(c.func(), true), ch -> ch == '(');
                int[] right = lines.endOf(c, false);
                return new Anchors(left[0], left[1], right[0], right[1]);
            }
            default -> {
                return null;
            }
        }
    }

    /** The segment's lines and the cursor moves of the anchor search; an impossible move throws, as its asserts do. */
    private record Segment(List<String> lines) {
        String get(int line) {
            return lines.get(line);
        }

        int normalize(int line, int offset) {
            return Math.min(offset, lines.get(line).length());
        }

        int[] nextValidChar(int line, int col) {
            while (line < lines.size() && col >= lines.get(line).length()) {
                col = 0;
                line++;
            }
            if (line >= lines.size()) {
                throw new IllegalStateException("past the segment");
            }
            return new int[]{line, col};
        }

        int[] incrementUntil(int[] at, java.util.function.IntPredicate stop) {
            int line = at[0];
            int col = at[1];
            while (true) {
                char ch = lines.get(line).charAt(col);
                if (ch == '\\' || ch == '#') {
                    int[] next = nextValidChar(line + 1, 0);
                    line = next[0];
                    col = next[1];
                } else if (!stop.test(ch)) {
                    int[] next = nextValidChar(line, col + 1);
                    line = next[0];
                    col = next[1];
                } else {
                    return new int[]{line, col};
                }
            }
        }

        /** setup_positions: where the expression ends; the tree's lines are the segment's plus "(" before it. */
        int[] endOf(Expr e, boolean forceValid) {
            int line = e.pos().endLine() - 2;
            int col = normalize(line, e.pos().endCol());
            return forceValid ? nextValidChar(line, col) : new int[]{line, col};
        }
    }

    /** textwrap.dedent: the longest leading whitespace all non-blank lines share is removed; blank lines become empty. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (margin == null) {
                margin = indent;
            } else {
                int k = 0;
                while (k < margin.length() && k < indent.length() && margin.charAt(k) == indent.charAt(k)) {
                    k++;
                }
                margin = margin.substring(0, k);
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(margin == null ? 0 : margin.length()));
        }
        return result;
    }

    /** traceback._display_width: East Asian wide and fullwidth characters take two columns. */
    private static int displayWidth(String line, int offset) {
        int width = 0;
        for (int i = 0; i < offset && i < line.length(); i++) {
            width += isWide(line.charAt(i)) ? 2 : 1;
        }
        return width + Math.max(0, offset - line.length());
    }

    private static boolean isWide(char c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
