package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SyntaxErrorTest {

    static Stream<Golden.Case> cpythonErrors() {
        return Golden.load("error_golden.tsv").stream();
    }

    private static SyntaxErrorException compile(String src) {
        return assertThrows(SyntaxErrorException.class, () -> ScopeAnalyzer.analyze(Parser.parse(src, "f.py"), "f.py", src));
    }

    /** Class, message, line and offsets as CPython 3.13's compile(src, "f.py", "exec") reports them. */
    @ParameterizedTest
    @MethodSource("cpythonErrors")
    void sameErrorAsCPython(Golden.Case c) {
        SyntaxErrorException e = compile(c.src());
        assertEquals(c.errorClass() + ": " + c.msg() + " " + c.lineno() + ":" + c.offset() + "-" + c.endLineno() + ":" + c.endOffset(),
                        e.kind.pythonName + ": " + e.msg + " " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset);
    }

    @Test
    void errorCarriesFileNameAndSourceLine() {
        String src = "x = 1\ny = (1 +\n";
        SyntaxErrorException e = assertThrows(SyntaxErrorException.class, () -> Parser.parse(src, "prog.py"));
        assertEquals("prog.py", e.filename);
        assertEquals("y = (1 +", e.text);
        assertEquals("'(' was never closed", e.getMessage());
    }

    @Test
    void analyzerErrorsQuoteTheLineToo() {
        SyntaxErrorException e = compile("def f():\n    nonlocal q\n");
        assertEquals("    nonlocal q", e.text);
        assertEquals("f.py", e.filename);
    }

    @Test
    void imaginaryLiteralsAreRefusedCleanly() {
        SyntaxErrorException e = compile("x = 1j");
        assertEquals(SyntaxErrorException.Kind.SYNTAX, e.kind);
        assertEquals(1, e.lineno);
        assertEquals(5, e.offset);
    }

    @Test
    void symbolTableErrorsComeBeforeCompilerErrors() {
        SyntaxErrorException e = compile("return 1\ndef f():\n    nonlocal y\n");
        assertEquals("no binding for nonlocal 'y' found", e.msg);
    }

    @Test
    void tokenizerErrorsWinOverEarlierParseErrors() {
        SyntaxErrorException e = compile("x = = 1\ny = 'abc\n");
        assertEquals("unterminated string literal (detected at line 2)", e.msg);
        assertEquals(2, e.lineno);
    }
}
