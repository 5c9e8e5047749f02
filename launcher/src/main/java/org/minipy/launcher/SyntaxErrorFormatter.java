package org.minipy.launcher;

import java.io.PrintStream;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/** Prints a SyntaxError (or IndentationError, TabError) as CPython 3.13 does: file and line, the line, carets. */
final class SyntaxErrorFormatter {

    private SyntaxErrorFormatter() {
    }

    static void print(PolyglotException e, PrintStream err) {
        SourceSection location = e.getSourceLocation();
        if (location != null && location.getSource().hasCharacters()) {
            int line = location.getStartLine();
            err.println("  File \"" + location.getSource().getName() + "\", line " + line);
            String text = location.getSource().getCharacters(line) + "\n";
            int offset = location.getStartColumn();
            int endOffset = location.getEndLine() == line ? offset + location.getCharLength() : Integer.MAX_VALUE;
            printLineAndCarets(text, offset, endOffset, err);
        }
        err.println(e.getMessage());
    }

    /**
     * A SyntaxError raised while the program runs (by importing a file that does not compile): its file and line,
     * the line with carets, then the type and {@code msg}, from the exception's attributes.
     */
    static void printRaised(Value exception, String type, PrintStream err) {
        Value filename = exception.getMember("filename");
        Value lineno = exception.getMember("lineno");
        Value text = exception.getMember("text");
        if (filename != null && filename.isString() && lineno != null && lineno.fitsInInt()) {
            err.println("  File \"" + filename.asString() + "\", line " + lineno.asInt());
            if (text != null && text.isString()) {
                Value offset = exception.getMember("offset");
                Value endOffset = exception.getMember("end_offset");
                int start = offset != null && offset.fitsInInt() ? offset.asInt() : 0;
                int end = endOffset != null && endOffset.fitsInInt() && endOffset.asInt() > 0 ? endOffset.asInt() : start + 1;
                printLineAndCarets(text.asString(), start, end, err);
            }
        }
        Value msg = exception.getMember("msg");
        err.println(type + ": " + (msg == null || msg.isNull() ? "None" : msg.isString() ? msg.asString() : msg.toString()));
    }

    /**
     * traceback.TracebackException._format_syntax_error: {@code offset} and {@code endOffset} are 1-based columns,
     * the end exclusive; an end past the line means "to the end of the line".
     */
    private static void printLineAndCarets(String text, int offset, int endOffset, PrintStream err) {
        String rtext = stripTrailingNewlines(text);
        String ltext = stripLeading(rtext);
        int spaces = rtext.length() - ltext.length();
        if (offset > text.length()) {
            offset = rtext.length() + 1;
        }
        if (endOffset > text.length()) {
            endOffset = rtext.length() + 1;
        }
        if (offset >= endOffset || endOffset < 0) {
            endOffset = offset + 1;
        }
        int colno = offset - 1 - spaces;
        int endColno = endOffset - 1 - spaces;
        err.println("    " + ltext);
        if (colno >= 0) {
            StringBuilder carets = new StringBuilder("    ");
            // Tabs and other non-space whitespace stay, so the carets line up under the text.
            for (int k = 0; k < colno && k < ltext.length(); k++) {
                char c = ltext.charAt(k);
                carets.append(Character.isWhitespace(c) ? c : ' ');
            }
            carets.repeat('^', endColno - colno);
            err.println(carets);
        }
    }

    private static String stripTrailingNewlines(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        return text.substring(0, end);
    }

    /** {@code str.lstrip(' \n\f')}: tabs are kept. */
    private static String stripLeading(String text) {
        int start = 0;
        while (start < text.length() && " \n\f".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }
}
