package org.minipy.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;
import org.minipy.parser.ast.Stmt;

class ParserTest {

    static Stream<Golden.Case> cpythonTrees() {
        return Golden.load("ast_golden.tsv").stream().filter(c -> c.ast() != null);
    }

    /** Every tree, with every position, equals what CPython 3.13's ast.parse gives. */
    @ParameterizedTest
    @MethodSource("cpythonTrees")
    void sameTreeAsCPython(Golden.Case c) {
        assertEquals(c.ast(), AstDump.dump(Parser.parse(c.src(), "t.py")));
    }

    private static Expr expr(String source) {
        Stmt.Module m = Parser.parse(source, "t.py");
        return ((Stmt.ExprStmt) m.body().get(0)).value();
    }

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        Expr e = expr("-2**2");
        Expr.UnaryOp neg = assertInstanceOf(Expr.UnaryOp.class, e);
        assertEquals(Expr.UnaryOperator.USUB, neg.op());
        Expr.BinOp pow = assertInstanceOf(Expr.BinOp.class, neg.operand());
        assertEquals(Expr.Operator.POW, pow.op());
    }

    @Test
    void powerIsRightAssociative() {
        Expr.BinOp outer = assertInstanceOf(Expr.BinOp.class, expr("a**b**c"));
        assertEquals(new Expr.Name(new Pos(1, 0, 1, 1), "a", Expr.Ctx.LOAD), outer.left());
        assertInstanceOf(Expr.BinOp.class, outer.right());
    }

    @Test
    void subtractionIsLeftAssociative() {
        Expr.BinOp outer = assertInstanceOf(Expr.BinOp.class, expr("a - b - c"));
        assertInstanceOf(Expr.BinOp.class, outer.left());
        assertEquals("c", ((Expr.Name) outer.right()).id());
    }

    @Test
    void chainedComparisonKeepsAllOperators() {
        Expr.Compare c = assertInstanceOf(Expr.Compare.class, expr("0 <= i < n is not None not in s"));
        assertEquals(List.of(Expr.CmpOp.LT_E, Expr.CmpOp.LT, Expr.CmpOp.IS_NOT, Expr.CmpOp.NOT_IN), c.ops());
        assertEquals(4, c.comparators().size());
    }

    @Test
    void starTargetsBecomeStoreContext() {
        Stmt.Assign a = (Stmt.Assign) Parser.parse("a, *b = x", "t.py").body().get(0);
        Expr.TupleExpr t = assertInstanceOf(Expr.TupleExpr.class, a.targets().get(0));
        assertEquals(Expr.Ctx.STORE, t.ctx());
        Expr.Starred s = assertInstanceOf(Expr.Starred.class, t.elts().get(1));
        assertEquals(Expr.Ctx.STORE, s.ctx());
        assertEquals(new Expr.Name(new Pos(1, 4, 1, 5), "b", Expr.Ctx.STORE), s.value());
    }

    @Test
    void integerLiteralsAreLongWhenTheyFitElseBigInteger() {
        assertEquals(Long.MAX_VALUE, ((Expr.Constant) expr("9223372036854775807")).value());
        assertEquals(new java.math.BigInteger("9223372036854775808"), ((Expr.Constant) expr("9223372036854775808")).value());
        assertEquals(255L, ((Expr.Constant) expr("0x_f_f")).value());
    }

    @Test
    void bytesLiteralsAreByteArrays() {
        byte[] b = (byte[]) ((Expr.Constant) expr("b'\\x00\\xffA' b'\\n'")).value();
        assertEquals(List.of((byte) 0, (byte) -1, (byte) 'A', (byte) '\n'), List.of(b[0], b[1], b[2], b[3]));
        assertEquals(4, b.length);
    }

    @Test
    void relativeImportKeepsItsDotsInTheModuleName() {
        Stmt.ImportFrom i = (Stmt.ImportFrom) Parser.parse("from ..pkg import x", "t.py").body().get(0);
        assertEquals("..pkg", i.module());
    }

    @Test
    void interactiveInputThatNeedsMoreLines() {
        assertTrue(Parser.isIncomplete("(1,"));
        assertTrue(Parser.isIncomplete("x = '''abc"));
        assertTrue(Parser.isIncomplete("if x:"));
        assertTrue(Parser.isIncomplete("if x:\n    y = 1"));
        assertTrue(Parser.isIncomplete("if x: y = 1"));
        assertTrue(Parser.isIncomplete("def f():\n    return 1\n"));
        assertTrue(Parser.isIncomplete("x = 1 + \\"));
        assertTrue(Parser.isIncomplete("[1,\n\n"));
        assertFalse(Parser.isIncomplete("x = 1"));
        assertFalse(Parser.isIncomplete("if x:\n    y = 1\n\n"));
        assertFalse(Parser.isIncomplete("x = = 1"));
        assertFalse(Parser.isIncomplete("if x:\n\n"));
        assertFalse(Parser.isIncomplete("'abc"));
    }

    @Test
    void interactiveParseGivesTheSameTree() {
        String src = "for i in range(3):\n    print(i)\n\n";
        assertEquals(AstDump.dump(Parser.parse(src, "<stdin>")), AstDump.dump(Parser.parseInteractive(src, "<stdin>")));
    }

    @Test
    @Timeout(10)
    void hundredNestedParenthesesAndCalls() {
        Expr e = expr("(".repeat(100) + "1" + ")".repeat(100));
        assertEquals(1L, ((Expr.Constant) e).value());
        Expr call = expr("f(".repeat(100) + ")".repeat(100));
        assertInstanceOf(Expr.Call.class, call);
    }

    @Test
    @Timeout(20)
    void oneMegabyteLines() {
        String longString = "x = '" + "a".repeat(1 << 20) + "'";
        Stmt.Assign a = (Stmt.Assign) Parser.parse(longString, "t.py").body().get(0);
        assertEquals(1 << 20, ((String) ((Expr.Constant) a.value()).value()).length());
        StringBuilder sum = new StringBuilder("x = 1");
        while (sum.length() < (1 << 20)) {
            sum.append(" + 1");
        }
        assertInstanceOf(Stmt.Assign.class, Parser.parse(sum.toString(), "t.py").body().get(0));
        String list = "x = [" + "1, ".repeat(1 << 18) + "]";
        assertInstanceOf(Stmt.Assign.class, Parser.parse(list, "t.py").body().get(0));
    }

    @Test
    @Timeout(10)
    void tooDeepNestingIsASyntaxErrorNotAStackOverflow() {
        SyntaxErrorException parens = assertThrows(SyntaxErrorException.class,
                        () -> Parser.parse("x = " + "(".repeat(300) + ")".repeat(300), "t.py"));
        assertEquals("too many nested parentheses", parens.msg);
        assertEquals(205, parens.offset);
        SyntaxErrorException unary = assertThrows(SyntaxErrorException.class, () -> Parser.parse("-".repeat(100_000) + "1", "t.py"));
        assertEquals("Parser stack overflowed - Python source too complex to parse", unary.msg);
    }
}
