package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class LexerTest {

    private static String kinds(String src) {
        return Lexer.tokenize(src, "t.py").stream().map(t -> t.kind().toString()).collect(Collectors.joining(" "));
    }

    private static Object number(String literal) {
        return Lexer.tokenize(literal, "t.py").get(0).value();
    }

    @Test
    void indentationGivesIndentAndDedents() {
        assertEquals("if NAME : NEWLINE INDENT NAME NEWLINE if NAME : NEWLINE INDENT NAME NEWLINE DEDENT DEDENT NAME NEWLINE ENDMARKER",
                        kinds("if a:\n    b\n    if c:\n        d\ne\n"));
    }

    @Test
    void blankLinesAndCommentsDoNotCount() {
        assertEquals("if NAME : NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER",
                        kinds("if a:\n\n    # note\n    b\n  # odd comment\n    c\n"));
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashAreJoined() {
        assertEquals("NAME = ( NUMBER , NUMBER ) + NUMBER NEWLINE ENDMARKER", kinds("x = (1,\n  2) + \\\n 3"));
    }

    @Test
    void implicitNewlineAtEndOfInput() {
        List<Token> toks = Lexer.tokenize("x", "t.py");
        assertEquals(new Token(TokenKind.NEWLINE, "", null, 1, 1, 1, 2), toks.get(1));
        assertEquals(new Token(TokenKind.ENDMARKER, "", null, 2, 0, 2, 0), toks.get(2));
    }

    @Test
    void columnsCountCodePoints() {
        List<Token> toks = Lexer.tokenize("'😀' + é", "t.py");
        assertEquals(new Token(TokenKind.PLUS, "+", null, 1, 4, 1, 5), toks.get(1));
        assertEquals(new Token(TokenKind.NAME, "é", null, 1, 6, 1, 7), toks.get(2));
    }

    @Test
    void integerForms() {
        assertEquals(255L, number("0xff"));
        assertEquals(15L, number("0o17"));
        assertEquals(5L, number("0b101"));
        assertEquals(1_000_000L, number("1_000_000"));
        assertEquals(0L, number("00"));
        assertEquals(new BigInteger("18446744073709551616"), number("0x1_0000_0000_0000_0000"));
    }

    @Test
    void floatForms() {
        assertEquals(1.5, number("1.5"));
        assertEquals(0.001, number("1e-3"));
        assertEquals(0.5, number(".5"));
        assertEquals(5.0, number("5."));
        assertEquals(10.5, number("1_0.5"));
        assertEquals(Double.POSITIVE_INFINITY, number("1e400"));
    }

    @Test
    void fStringsAreSplitIntoTheirFields() {
        assertEquals("FSTRING_START FSTRING_MIDDLE { NAME ! NAME : FSTRING_MIDDLE { NAME } } FSTRING_END NEWLINE ENDMARKER",
                        kinds("f'a{x!r:>{w}}'"));
        assertEquals("FSTRING_START { NAME [ STRING ] } FSTRING_END NEWLINE ENDMARKER", kinds("f'{d['k']}'"));
        assertEquals("FSTRING_START FSTRING_MIDDLE FSTRING_END NEWLINE ENDMARKER", kinds("f'{{x}}'"));
        assertEquals("{x}", Lexer.tokenize("f'{{x}}'", "t.py").get(1).text());
    }

    @Test
    void stringsKeepTheirSpelling() {
        Token t = Lexer.tokenize("rb'\\x'", "t.py").get(0);
        assertEquals(TokenKind.STRING, t.kind());
        assertEquals("rb'\\x'", t.text());
    }

    @Test
    void numberRunningIntoAKeywordIsAllowed() {
        assertEquals("NAME = NUMBER if NAME else NUMBER NEWLINE ENDMARKER", kinds("x = 1if y else 2"));
    }

    @Test
    void errorsCarryCPythonsLocation() {
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Lexer.tokenize("x = 0b102", "t.py"));
        assertEquals("invalid digit '2' in binary literal", e.msg);
        assertEquals(9, e.offset);
        e = assertThrows(SyntaxErrorException.class, () -> Lexer.tokenize("if x:\n    a\n  b\n", "t.py"));
        assertEquals(SyntaxErrorException.Kind.INDENTATION, e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        e = assertThrows(SyntaxErrorException.class, () -> Lexer.tokenize("if x:\n\ty\n        z\n", "t.py"));
        assertEquals(SyntaxErrorException.Kind.TAB, e.kind);
    }
}
