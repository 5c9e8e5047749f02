package org.minipy.parser;

import static org.minipy.parser.TokenKind.*;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.PInt;

/**
 * The tokenizer, after CPython's Parser/lexer: INDENT and DEDENT from an indentation stack, NEWLINE
 * only outside brackets, and f-strings split into FSTRING_START, FSTRING_MIDDLE, the tokens of
 * each replacement field, and FSTRING_END, so that the expressions inside them are parsed like any
 * other. String literals keep their source spelling; the parser decodes them, as CPython does.
 * Error positions follow the tokenizer's: the offset is the number of code points read on the line.
 */
public final class Lexer {

    /** CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts. */
    static final int MAX_LEVEL = 200;
    /** CPython's MAXINDENT. */
    static final int MAX_INDENT = 100;
    private static final int TAB_SIZE = 8;

    private final SourceText src;
    private final int[] cp;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentDepth;
    private boolean atLineStart = true;

    private final int[] parenChars = new int[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenCols = new int[MAX_LEVEL];
    private int level;

    /** The f-string modes we are nested in; the top decides how the next characters are read. */
    private final ArrayDeque<Mode> modes = new ArrayDeque<>();

    private enum ModeKind { LITERAL, FIELD, SPEC }

    /**
     * LITERAL: the text of an f-string; FIELD: the expression of a replacement field (level is the
     * bracket level just inside its '{'); SPEC: a format spec after ':'.
     */
    private record Mode(ModeKind kind, FString fstring, int level) {}

    private record FString(int quote, boolean triple, boolean raw, int line, int col) {}

    private Lexer(SourceText src) {
        this.src = src;
        this.cp = src.cp;
    }

    /** Tokenizes a whole source; the list ends with ENDMARKER. */
    static Tokens tokenize(SourceText src) {
        Lexer lx = new Lexer(src);
        try {
            lx.run();
        } catch (SyntaxErrorException e) {
            lx.out.add(new Token(ERRORTOKEN, "", null, e.lineno, Math.max(e.offset - 1, 0), e.lineno, Math.max(e.offset - 1, 0)));
            return new Tokens(lx.out, null, e);
        }
        return new Tokens(lx.out, lx.level > 0 ? lx.unclosedBracket() : null, null);
    }

    /** Tokenizes source, for tools and tests; throws the first tokenizer error. */
    public static List<Token> tokenize(String source, String filename) {
        Tokens tokens = tokenize(new SourceText(source, filename));
        if (tokens.error() != null) {
            throw tokens.error();
        }
        return tokens.list();
    }

    /**
     * The result: tokens, the innermost bracket left open at the end of input if any, and the
     * tokenizer's error if it failed (the list then ends with ERRORTOKEN instead of ENDMARKER).
     */
    record Tokens(List<Token> list, Token unclosed, SyntaxErrorException error) {}

    private Token unclosedBracket() {
        int i = level - 1;
        return new Token(TokenKind.ofOperator(Character.toString(parenChars[i])), Character.toString(parenChars[i]),
                        null, parenLines[i], parenCols[i], parenLines[i], parenCols[i] + 1);
    }

    private int peek(int ahead) {
        int i = pos + ahead;
        return i < cp.length ? cp[i] : -1;
    }

    private int col() {
        return pos - lineStart;
    }

    /** Consumes one code point, keeping line and lineStart up to date. */
    private void advance() {
        if (cp[pos++] == '\n') {
            nextLine();
        }
    }

    /** Moves to the line that starts at pos. */
    private void nextLine() {
        line++;
        lineStart = pos;
        refuseNullBytes();
    }

    /**
     * CPython's tokenizer reads a line at a time and refuses one with a NUL in it before tokenizing any
     * of it, even inside a string; the error quotes the line up to the NUL, so it comes with no caret.
     */
    private void refuseNullBytes() {
        for (int i = lineStart; i < cp.length && cp[i] != '\n'; i++) {
            if (cp[i] == 0) {
                throw src.error("source code cannot contain null bytes", line, 0, line, 0);
            }
        }
    }

    private void emit(TokenKind kind, String text, Object value, int sLine, int sCol) {
        out.add(new Token(kind, text, value, sLine, sCol, line, col()));
    }

    private SyntaxErrorException errorAtCursor(String msg) {
        return src.error(msg, line, col(), line, col());
    }

    private void run() {
        refuseNullBytes();
        while (true) {
            Mode mode = modes.peek();
            if (mode != null && mode.kind != ModeKind.FIELD) {
                scanFStringText(mode);
                continue;
            }
            if (atLineStart) {
                atLineStart = false;
                if (indentation()) {
                    continue;
                }
            }
            int c = peek(0);
            while (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                c = peek(0);
            }
            if (c == '#') {
                while (pos < cp.length && cp[pos] != '\n') {
                    pos++;
                }
                c = peek(0);
            }
            if (c == -1) {
                finish();
                return;
            }
            int sLine = line;
            int sCol = col();
            if (c == '\n') {
                if (level == 0) {
                    pos++;
                    out.add(new Token(NEWLINE, "", null, sLine, sCol, sLine, sCol + 1));
                    nextLine();
                    atLineStart = true;
                } else {
                    advance();
                }
            } else if (c == '\\') {
                lineContinuation();
            } else if (isIdentifierStart(c)) {
                nameOrString(sLine, sCol);
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                number(sLine, sCol);
            } else if (c == '\'' || c == '"') {
                string(pos, sLine, sCol, "");
            } else {
                operator(mode, sLine, sCol);
            }
        }
    }

    private void lineContinuation() {
        pos++;
        int c = peek(0);
        if (c == '\n') {
            advance();
            if (pos >= cp.length) {
                throw src.error("unexpected EOF while parsing", line - 1, cp.length - src.lineStart(line - 1), line - 1, -1);
            }
            return;
        }
        if (c == -1) {
            throw src.error("unexpected EOF while parsing", line, col() + 1, line, -1);
        }
        pos++;
        throw src.error("unexpected character after line continuation character", line, col(), line, 0);
    }

    /**
     * Reads the indentation at the start of a logical line and emits INDENT or DEDENTs; returns true
     * if the line was blank and has been skipped.
     */
    private boolean indentation() {
        int column = 0;
        int alt = 0;
        int continuedAt = 0;
        while (true) {
            int c = peek(0);
            if (c == ' ') {
                column++;
                alt++;
            } else if (c == '\t') {
                column = (column / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                column = 0;
                alt = 0;
            } else if (c == '\\') {
                // tok_get_normal_mode: indentation cannot be split over physical lines with backslashes,
                // the first one decides it, unless it is in column 0; then the spaces after it count
                continuedAt = continuedAt != 0 ? continuedAt : column;
                lineContinuation();
                continue;
            } else {
                break;
            }
            pos++;
        }
        if (continuedAt != 0) {
            column = continuedAt;
            alt = continuedAt;
        }
        int c = peek(0);
        if (c == '#' || c == '\n') {
            while (cp[pos] != '\n') {
                pos++;
                if (pos == cp.length) {
                    return true;
                }
            }
            advance();
            atLineStart = true;
            return true;
        }
        if (c == -1) {
            return false;
        }
        if (column == indents[indentDepth]) {
            if (alt != altIndents[indentDepth]) {
                throw tabError();
            }
        } else if (column > indents[indentDepth]) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw src.error(SyntaxErrorException.Kind.INDENTATION, "too many levels of indentation", line, 1, line, 0);
            }
            if (alt <= altIndents[indentDepth]) {
                throw tabError();
            }
            indentDepth++;
            indents[indentDepth] = column;
            altIndents[indentDepth] = alt;
            out.add(new Token(INDENT, "", null, line, 0, line, col()));
        } else {
            while (indentDepth > 0 && column < indents[indentDepth]) {
                indentDepth--;
                out.add(new Token(DEDENT, "", null, line, col(), line, col()));
            }
            if (column != indents[indentDepth]) {
                String text = src.line(line);
                throw src.error(SyntaxErrorException.Kind.INDENTATION, "unindent does not match any outer indentation level",
                                line, text.codePointCount(0, text.length()) + 1, line, -1);
            }
            if (alt != altIndents[indentDepth]) {
                throw tabError();
            }
        }
        return false;
    }

    private SyntaxErrorException tabError() {
        return src.error(SyntaxErrorException.Kind.TAB, "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private void finish() {
        if (!modes.isEmpty()) {
            if (modes.peek().kind != ModeKind.LITERAL && level > 0) {
                throw fieldNeverClosed();
            }
            throw unterminatedFString(modes.peek().fstring);
        }
        if (level > 0) {
            out.add(new Token(ENDMARKER, "", null, line, col(), line, col()));
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != NEWLINE && out.get(out.size() - 1).kind() != DEDENT
                        && col() > 0) {
            out.add(new Token(NEWLINE, "", null, line, col(), line, col() + 1));
            nextLine();
        } else if (col() > 0) {
            nextLine();
        }
        while (indentDepth > 0) {
            indentDepth--;
            out.add(new Token(DEDENT, "", null, line, 0, line, 0));
        }
        out.add(new Token(ENDMARKER, "", null, line, 0, line, 0));
    }

    // ---- names and string prefixes

    private void nameOrString(int sLine, int sCol) {
        int start = pos;
        boolean ascii = true;
        while (pos < cp.length && isIdentifierChar(cp[pos])) {
            ascii &= cp[pos] < 128;
            pos++;
        }
        if (pos < cp.length && (cp[pos] == '\'' || cp[pos] == '"') && isStringPrefix(start, pos)) {
            string(start, sLine, sCol, src.slice(start, pos).toLowerCase());
            return;
        }
        String name = src.slice(start, pos);
        if (!ascii) {
            name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        }
        // interned as CPython interns identifiers: a call site's keyword names and the callee's parameter
        // names are then the same objects, and compiled code matches them by identity (FunctionRootNode)
        name = name.intern();
        emit(TokenKind.ofName(name), name, null, sLine, sCol);
    }

    private boolean isStringPrefix(int from, int to) {
        int n = to - from;
        if (n > 2) {
            return false;
        }
        String p = src.slice(from, to).toLowerCase();
        return switch (p) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    private static boolean isIdentifierStart(int c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                        : Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentifierChar(int c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')
                        : Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private SyntaxErrorException invalidCharacter(int c) {
        int type = Character.getType(c);
        boolean printable = !(Character.isISOControl(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                        || type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE);
        String hex = String.format("U+%04X", c);
        String msg = printable ? "invalid character '" + Character.toString(c) + "' (" + hex + ")"
                        : "invalid non-printable character " + hex;
        return errorAtCursor(msg);
    }

    // ---- numbers

    private void number(int sLine, int sCol) {
        int start = pos;
        int c = cp[pos];
        if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
            radixInteger(start, sLine, sCol, 16, "hexadecimal");
            return;
        }
        if (c == '0' && (peek(1) == 'o' || peek(1) == 'O')) {
            radixInteger(start, sLine, sCol, 8, "octal");
            return;
        }
        if (c == '0' && (peek(1) == 'b' || peek(1) == 'B')) {
            radixInteger(start, sLine, sCol, 2, "binary");
            return;
        }
        boolean isFloat = false;
        if (c == '.') {
            isFloat = true;
            pos++;
            decimalTail();
        } else {
            boolean leadingZero = c == '0';
            decimalTail();
            int zerosEnd = pos;
            boolean nonzeroAfterZero = false;
            if (leadingZero) {
                for (int i = start; i < pos; i++) {
                    if (cp[i] != '0' && cp[i] != '_') {
                        nonzeroAfterZero = true;
                        zerosEnd = i + 1;
                        break;
                    }
                }
            }
            if (peek(0) == '.') {
                isFloat = true;
                pos++;
                if (isDigit(peek(0))) {
                    decimalTail();
                }
            } else if (nonzeroAfterZero && peek(0) != 'e' && peek(0) != 'E' && peek(0) != 'j' && peek(0) != 'J') {
                throw src.error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                line, start - lineStart + 1, line, zerosEnd - lineStart);
            }
        }
        if (peek(0) == 'e' || peek(0) == 'E') {
            int sign = peek(1);
            if (sign == '+' || sign == '-') {
                if (!isDigit(peek(2))) {
                    pos += 2;
                    throw errorAtCursor("invalid decimal literal");
                }
                pos += 2;
                decimalTail();
                isFloat = true;
            } else if (isDigit(sign)) {
                pos++;
                decimalTail();
                isFloat = true;
            } else if (!keywordFollows(0)) {
                throw errorAtCursor("invalid decimal literal");
            }
        }
        if (peek(0) == 'j' || peek(0) == 'J') {
            pos++;
            throw src.error("imaginary literals are not supported", sLine, sCol + 1, line, col() + 1);
        }
        endOfNumber("decimal");
        String text = src.slice(start, pos);
        String digits = text.replace("_", "");
        if (!isFloat && digits.length() > PInt.MAX_STR_DIGITS) {
            throw src.error(String.format("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                            + "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals "
                            + "to avoid decimal conversion limits.", PInt.MAX_STR_DIGITS, digits.length()), sLine, sCol + 1, line, col() + 1);
        }
        Object value = isFloat ? (Object) Double.parseDouble(digits) : intValue(new BigInteger(digits));
        emit(NUMBER, text, value, sLine, sCol);
    }

    private static Object intValue(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** Digits with single underscores between them; the cursor is on the first digit. */
    private void decimalTail() {
        while (true) {
            while (isDigit(peek(0))) {
                pos++;
            }
            if (peek(0) != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek(0))) {
                throw errorAtCursor("invalid decimal literal");
            }
        }
    }

    private void radixInteger(int start, int sLine, int sCol, int radix, String kind) {
        pos += 2;
        StringBuilder digits = new StringBuilder();
        do {
            if (peek(0) == '_') {
                pos++;
            }
            if (!isRadixDigit(peek(0), radix)) {
                if (radix != 16 && isDigit(peek(0))) {
                    pos++;
                    throw errorAtCursor("invalid digit '" + (char) cp[pos - 1] + "' in " + kind + " literal");
                }
                throw errorAtCursor("invalid " + kind + " literal");
            }
            while (isRadixDigit(peek(0), radix)) {
                digits.appendCodePoint(cp[pos++]);
            }
        } while (peek(0) == '_');
        if (radix != 16 && isDigit(peek(0))) {
            pos++;
            throw errorAtCursor("invalid digit '" + (char) cp[pos - 1] + "' in " + kind + " literal");
        }
        endOfNumber(kind);
        emit(NUMBER, src.slice(start, pos), intValue(new BigInteger(digits.toString(), radix)), sLine, sCol);
    }

    private static boolean isRadixDigit(int c, int radix) {
        return c >= 0 && c < 128 && Character.digit(c, radix) >= 0;
    }

    /**
     * CPython's verify_end_of_number: a number may run into a keyword that can follow it in valid
     * code ("1if x else 2"), but not into other identifier characters.
     */
    private void endOfNumber(String kind) {
        int c = peek(0);
        if (c >= 0 && c < 128 && isIdentifierChar(c) && !keywordFollows(0)) {
            throw errorAtCursor("invalid " + kind + " literal");
        }
    }

    private boolean keywordFollows(int offset) {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "or", "not"}) {
            boolean match = true;
            for (int i = 0; i < kw.length() && match; i++) {
                match = peek(offset + i) == kw.charAt(i);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    // ---- strings

    /** A string starting at pos (the quote); prefixStart is where its prefix began. */
    private void string(int prefixStart, int sLine, int sCol, String prefix) {
        int quote = cp[pos];
        boolean triple = peek(1) == quote && peek(2) == quote;
        boolean raw = prefix.indexOf('r') >= 0;
        if (prefix.indexOf('f') >= 0) {
            pos += triple ? 3 : 1;
            emit(FSTRING_START, src.slice(prefixStart, pos), null, sLine, sCol);
            modes.push(new Mode(ModeKind.LITERAL, new FString(quote, triple, raw, sLine, sCol), level));
            return;
        }
        pos += triple ? 3 : 1;
        while (true) {
            if (pos >= cp.length) {
                throw unterminatedString(triple, false, sLine, sCol);
            }
            int c = cp[pos];
            if (c == '\\' && pos + 1 < cp.length) {
                advance();
                advance();
            } else if (c == quote && (!triple || (peek(1) == quote && peek(2) == quote))) {
                pos += triple ? 3 : 1;
                break;
            } else if (c == '\n' && !triple) {
                throw unterminatedString(false, false, sLine, sCol);
            } else {
                advance();
            }
        }
        emit(STRING, src.slice(prefixStart, pos), null, sLine, sCol);
    }

    private SyntaxErrorException unterminatedString(boolean triple, boolean fstring, int sLine, int sCol) {
        Mode field = modes.peek();
        if (field != null && field.kind == ModeKind.FIELD && !triple) {
            return src.error("f-string: expecting '}'", sLine, sCol + 1, sLine, sCol + 1);
        }
        int detected = pos >= cp.length && cp.length > 0 && cp[cp.length - 1] == '\n' ? line - 1 : line;
        String what = (triple ? "unterminated triple-quoted " : "unterminated ") + (fstring ? "f-string literal" : "string literal");
        return src.error(what + " (detected at line " + detected + ")", sLine, sCol + 1, sLine, sCol + 1);
    }

    /**
     * Input that ends inside a replacement field ends like any other with a bracket left open: CPython
     * names the innermost bracket, the field's '{' or one opened in its expression or format spec.
     */
    private SyntaxErrorException fieldNeverClosed() {
        Token open = unclosedBracket();
        return src.error("'" + open.text() + "' was never closed", open.line(), open.col() + 1, open.line(), 0);
    }

    private SyntaxErrorException unterminatedFString(FString fs) {
        return unterminatedString(fs.triple, true, fs.line, fs.col);
    }

    /** Reads the literal text of an f-string or of a format spec, up to a field, the spec's end or the closing quote. */
    private void scanFStringText(Mode mode) {
        FString fs = mode.fstring;
        boolean spec = mode.kind == ModeKind.SPEC;
        StringBuilder text = new StringBuilder();
        int sLine = line;
        int sCol = col();
        while (true) {
            if (pos >= cp.length) {
                if (spec) {
                    throw fieldNeverClosed();
                }
                throw unterminatedFString(fs);
            }
            int c = cp[pos];
            if (c == fs.quote && (!fs.triple || (peek(1) == fs.quote && peek(2) == fs.quote))) {
                if (spec) {
                    pos++;
                    throw errorAtCursor("f-string: expecting '}'");
                }
                flushMiddle(text, sLine, sCol);
                int eLine = line;
                int eCol = col();
                pos += fs.triple ? 3 : 1;
                emit(FSTRING_END, Character.toString(fs.quote).repeat(fs.triple ? 3 : 1), null, eLine, eCol);
                modes.pop();
                return;
            }
            if (c == '\n' && !fs.triple) {
                if (spec) {
                    throw errorAtCursor("f-string: expecting '}'");
                }
                throw unterminatedFString(fs);
            }
            if (c == '\\' && !fs.raw && pos + 1 < cp.length) {
                text.appendCodePoint(c);
                advance();
                if (cp[pos] == 'N' && peek(1) == '{') {
                    while (pos < cp.length && cp[pos] != '}' && cp[pos] != '\n') {
                        text.appendCodePoint(cp[pos]);
                        pos++;
                    }
                    if (pos < cp.length && cp[pos] == '}') {
                        text.append('}');
                        pos++;
                    }
                    continue;
                }
                text.appendCodePoint(cp[pos]);
                advance();
                continue;
            }
            if (c == '{') {
                if (!spec && peek(1) == '{') {
                    text.append('{');
                    pos += 2;
                    continue;
                }
                flushMiddle(text, sLine, sCol);
                int bLine = line;
                int bCol = col();
                openBracket('{', bLine, bCol);
                pos++;
                emit(LBRACE, "{", null, bLine, bCol);
                modes.push(new Mode(ModeKind.FIELD, fs, level));
                return;
            }
            if (c == '}') {
                if (spec) {
                    flushMiddle(text, sLine, sCol);
                    modes.pop();
                    closeField();
                    return;
                }
                if (peek(1) == '}') {
                    text.append('}');
                    pos += 2;
                    continue;
                }
                pos++;
                throw errorAtCursor("f-string: single '}' is not allowed");
            }
            text.appendCodePoint(c);
            advance();
        }
    }

    private void flushMiddle(StringBuilder text, int sLine, int sCol) {
        if (!text.isEmpty()) {
            emit(FSTRING_MIDDLE, text.toString(), null, sLine, sCol);
        }
    }

    /** The '}' ending a replacement field; the cursor is on it. */
    private void closeField() {
        int sLine = line;
        int sCol = col();
        pos++;
        level--;
        modes.pop();
        emit(RBRACE, "}", null, sLine, sCol);
    }

    // ---- operators and brackets

    private void operator(Mode mode, int sLine, int sCol) {
        int c = cp[pos];
        if (mode != null && level == mode.level) {
            if (c == '}') {
                closeField();
                return;
            }
            if (c == ':') {
                pos++;
                emit(COLON, ":", null, sLine, sCol);
                modes.push(new Mode(ModeKind.SPEC, mode.fstring, level));
                return;
            }
            if (c == '!' && peek(1) != '=') {
                pos++;
                emit(EXCLAMATION, "!", null, sLine, sCol);
                return;
            }
        }
        if (c == '(' || c == '[' || c == '{') {
            openBracket(c, sLine, sCol);
            pos++;
            emit(TokenKind.ofOperator(Character.toString(c)), Character.toString(c), null, sLine, sCol);
            return;
        }
        if (c == ')' || c == ']' || c == '}') {
            pos++;
            if (level == 0 || (mode != null && level <= mode.level)) {
                throw errorAtCursor("unmatched '" + (char) c + "'");
            }
            int open = parenChars[level - 1];
            if (open != (c == ')' ? '(' : c == ']' ? '[' : '{')) {
                String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + (char) open + "'";
                if (parenLines[level - 1] != line) {
                    msg += " on line " + parenLines[level - 1];
                }
                throw errorAtCursor(msg);
            }
            level--;
            emit(TokenKind.ofOperator(Character.toString(c)), Character.toString(c), null, sLine, sCol);
            return;
        }
        for (int len = 3; len >= 1; len--) {
            if (pos + len <= cp.length) {
                TokenKind k = TokenKind.ofOperator(src.slice(pos, pos + len));
                if (k != null) {
                    pos += len;
                    emit(k, k.text, null, sLine, sCol);
                    return;
                }
            }
        }
        pos++;
        if (c == '$' || c == '?' || c == '`') {
            // CPython's tokenizer passes these on as ERRORTOKEN, which the parser rejects
            throw src.error("invalid syntax", sLine, sCol + 1, sLine, sCol + 2);
        }
        throw invalidCharacter(c);
    }

    private void openBracket(int c, int sLine, int sCol) {
        if (level >= MAX_LEVEL) {
            pos++;
            throw errorAtCursor("too many nested parentheses");
        }
        parenChars[level] = c;
        parenLines[level] = sLine;
        parenCols[level] = sCol;
        level++;
    }
}
