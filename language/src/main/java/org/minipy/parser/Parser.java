package org.minipy.parser;

import static org.minipy.parser.TokenKind.*;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.minipy.parser.SyntaxErrorException.Kind;
import org.minipy.parser.ast.Arguments;
import org.minipy.parser.ast.Expr;
import org.minipy.parser.ast.Pos;
import org.minipy.parser.ast.Stmt;

/**
 * A recursive-descent parser for Parser/python.gram's statements and expressions, producing the
 * {@code ast} records. Error messages and locations follow CPython 3.13's, including the second
 * pass's specialised messages ("invalid syntax. Perhaps you forgot a comma?", "cannot assign to
 * literal here. Maybe you meant '==' instead of '='?", ...) for the common cases.
 */
public final class Parser {

    /**
     * Nesting of recursive expression rules we accept before giving up, instead of overflowing the stack: where
     * CPython's parser runs out of its 6000 levels (MAXSTACK) for a statement at module level. Each unary operator,
     * 'not' and conditional expression takes one level there, each lambda and '**' two.
     */
    private static final int MAX_DEPTH = 5967;

    private final SourceText src;
    private final List<Token> toks;
    private final Token unclosed;
    private final SyntaxErrorException tokenizerError;
    private int p;
    private int furthest;
    private int depth;
    /** How many brackets enclose the current token, as the tokenizer's level: commas are only suggested inside. */
    private int nesting;
    /** While reading a for-target, 'in' ends the target instead of being a comparison. */
    private boolean noIn;
    private final Set<Expr> parenthesized = Collections.newSetFromMap(new IdentityHashMap<>());

    private Parser(SourceText src, Lexer.Tokens tokens) {
        this.src = src;
        this.toks = tokens.list();
        this.unclosed = tokens.unclosed();
        this.tokenizerError = tokens.error();
    }

    /** Parses a module ("exec" mode). */
    public static Stmt.Module parse(String source, String filename) {
        SourceText src = new SourceText(source, filename);
        int nul = source.indexOf('\0');
        if (nul >= 0) {
            // CPython refuses such a file as it reads it, before tokenizing
            int line = (int) source.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw src.error("source code cannot contain null bytes", line, 1, line, 1);
        }
        Parser parser = new Parser(src, Lexer.tokenize(src));
        try {
            return parser.file();
        } catch (SyntaxErrorException e) {
            throw parser.preferredError(e);
        } catch (StackOverflowError e) {
            // only on a thread with a small stack: MAX_DEPTH normally stops first
            throw parser.tooComplex();
        }
    }

    /** Parses what the REPL read; the tree is the same as for a file. */
    public static Stmt.Module parseInteractive(String source, String filename) {
        return parse(source, filename);
    }

    /**
     * Whether the REPL should read more lines before running source: brackets or a triple-quoted
     * string are open, the last line ends with a backslash, or a compound statement has not yet been
     * ended by an empty line.
     */
    public static boolean isIncomplete(String source) {
        List<Token> tokens;
        try {
            tokens = Lexer.tokenize(new SourceText(source, "<stdin>")).list();
            parse(source, "<stdin>");
        } catch (SyntaxErrorException e) {
            if (e.msg.startsWith("unterminated triple-quoted") || e.msg.endsWith("was never closed")
                            || e.msg.equals("unexpected EOF while parsing")) {
                return true;
            }
            // a block the user is still typing: its body, or the except/finally a try needs
            return (e.msg.startsWith("expected an indented block") || e.msg.equals("expected 'except' or 'finally' block"))
                            && !endsWithEmptyLine(source);
        }
        boolean compound = false;
        for (Token t : tokens) {
            compound |= t.kind() == INDENT;
        }
        TokenKind first = tokens.isEmpty() ? ENDMARKER : tokens.get(0).kind();
        compound |= first == DEF || first == CLASS || first == IF || first == WHILE || first == FOR || first == TRY
                        || first == WITH || first == AT;
        return compound && !endsWithEmptyLine(source);
    }

    private static boolean endsWithEmptyLine(String source) {
        String s = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
        int nl = s.lastIndexOf('\n');
        return nl >= 0 && s.substring(nl + 1).isBlank();
    }

    /**
     * CPython tokenizes the rest of the input after a parse error and reports a tokenizer error
     * instead, or a bracket left open at the end of input if the parse error came after the line it
     * was opened on (_PyPegen_tokenize_full_source_to_check_for_errors); "unexpected indent" is
     * reported before that check. Only the tokenizer errors that set an exception at once take over;
     * those it merely records as a state (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF) are
     * turned into exceptions only when the parser reads the error token: CPython's second pass, which
     * looks for a better message, reads one token past where ours stopped.
     */
    private SyntaxErrorException preferredError(SyntaxErrorException e) {
        if (tokenizerError != null && e != tokenizerError && !e.msg.equals("unexpected indent")
                        && (raisedAtOnce(tokenizerError) || furthest + 1 >= toks.size() - 1)) {
            return tokenizerError;
        }
        if (unclosed == null) {
            return e;
        }
        Token last = toks.get(Math.min(furthest, toks.size() - 1));
        if (last.kind() != ENDMARKER && last.line() <= unclosed.line()) {
            return e;
        }
        return src.error("'" + unclosed.text() + "' was never closed", unclosed.line(), unclosed.col() + 1, unclosed.line(), 0);
    }

    private static boolean raisedAtOnce(SyntaxErrorException tokenizerError) {
        return tokenizerError.kind == SyntaxErrorException.Kind.SYNTAX && !tokenizerError.msg.equals("unexpected EOF while parsing")
                        && !tokenizerError.msg.equals("unexpected character after line continuation character");
    }

    // ---- token access

    private Token tok() {
        if (p > furthest) {
            furthest = p;
        }
        Token t = toks.get(p);
        if (t.kind() == ERRORTOKEN) {
            throw tokenizerError;
        }
        return t;
    }

    private TokenKind kind() {
        return tok().kind();
    }

    private TokenKind kindAt(int ahead) {
        int i = Math.min(p + ahead, toks.size() - 1);
        if (i > furthest) {
            furthest = i;
        }
        if (toks.get(i).kind() == ERRORTOKEN) {
            throw tokenizerError;
        }
        return toks.get(i).kind();
    }

    private boolean at(TokenKind k) {
        return kind() == k;
    }

    private boolean accept(TokenKind k) {
        if (at(k)) {
            p++;
            return true;
        }
        return false;
    }

    private Token next() {
        Token t = tok();
        p++;
        return t;
    }

    private Token expect(TokenKind k) {
        if (!at(k)) {
            throw invalidSyntax();
        }
        return next();
    }

    private Token prev() {
        return toks.get(p - 1);
    }

    private Pos posFrom(Token start) {
        Token e = prev();
        return new Pos(start.line(), start.col(), e.endLine(), e.endCol());
    }

    private Pos posFrom(Pos start) {
        Token e = prev();
        return new Pos(start.line(), start.col(), e.endLine(), e.endCol());
    }

    private static Pos span(Pos a, Pos b) {
        return new Pos(a.line(), a.col(), b.endLine(), b.endCol());
    }

    // ---- errors

    private SyntaxErrorException errorAt(Token t, String msg) {
        return errorAt(t, Kind.SYNTAX, msg);
    }

    private SyntaxErrorException errorAt(Token t, Kind kind, String msg) {
        if (t.kind() == ENDMARKER || (t.kind() == DEDENT && t.line() > src.lineCount())) {
            int i = toks.indexOf(t);
            while (i > 0 && toks.get(i).kind() != NEWLINE) {
                i--;
            }
            Token nl = toks.get(Math.max(i, 0));
            return src.error(kind, msg, nl.line(), nl.col() + 1, nl.line(), -1);
        }
        return src.error(kind, msg, t.line(), t.col() + 1, t.endLine(), t.endCol() + 1);
    }

    private SyntaxErrorException errorAt(Pos pos, String msg) {
        return src.error(msg, pos.line(), pos.col() + 1, pos.endLine(), pos.endCol() + 1);
    }

    private SyntaxErrorException invalidSyntax() {
        Token t = tok();
        if (t.kind() == INDENT) {
            return src.error(Kind.INDENTATION, "unexpected indent", t.line(), t.endCol(), t.line(), -1);
        }
        if (t.kind() == DEDENT && t.line() <= src.lineCount()) {
            return src.error(Kind.INDENTATION, "unexpected unindent", t.line(), t.col() + 1, t.line(), -1);
        }
        return errorAt(t, "invalid syntax");
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw tooComplex();
        }
    }

    /** CPython's parser raises MemoryError with this message. */
    private SyntaxErrorException tooComplex() {
        Token t = toks.get(Math.min(p, toks.size() - 1));
        return src.error(SyntaxErrorException.Kind.MEMORY, "Parser stack overflowed - Python source too complex to parse", t.line(),
                        t.col() + 1, t.line(), t.col() + 1);
    }

    // ---- statements

    private Stmt.Module file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) {
            statement(body);
        }
        return new Stmt.Module(body);
    }

    private void statement(List<Stmt> into) {
        switch (kind()) {
            case DEF, CLASS, AT -> into.add(definition());
            case IF -> into.add(ifStmt());
            case WHILE -> into.add(whileStmt());
            case FOR -> into.add(forStmt());
            case TRY -> into.add(tryStmt());
            case WITH -> into.add(withStmt());
            default -> simpleStatements(into);
        }
    }

    private void simpleStatements(List<Stmt> into) {
        if (at(INDENT) || at(DEDENT)) {
            throw invalidSyntax();
        }
        while (true) {
            into.add(simpleStatement());
            if (!accept(SEMI) || at(NEWLINE)) {
                break;
            }
        }
        expect(NEWLINE);
    }

    private Stmt simpleStatement() {
        Token start = tok();
        switch (start.kind()) {
            case PASS -> {
                p++;
                return new Stmt.Pass(posFrom(start));
            }
            case BREAK -> {
                p++;
                return new Stmt.Break(posFrom(start));
            }
            case CONTINUE -> {
                p++;
                return new Stmt.Continue(posFrom(start));
            }
            case RETURN -> {
                p++;
                Expr value = startsExpression() || at(STAR) ? starExpressions() : null;
                return new Stmt.Return(posFrom(start), value);
            }
            case RAISE -> {
                p++;
                Expr exc = null;
                Expr cause = null;
                if (startsExpression()) {
                    exc = expression();
                    if (accept(FROM)) {
                        cause = expression();
                    }
                }
                return new Stmt.Raise(posFrom(start), exc, cause);
            }
            case GLOBAL, NONLOCAL -> {
                p++;
                List<String> names = new ArrayList<>();
                do {
                    names.add(expect(NAME).text());
                } while (accept(COMMA));
                return start.kind() == GLOBAL ? new Stmt.Global(posFrom(start), names) : new Stmt.Nonlocal(posFrom(start), names);
            }
            case DEL -> {
                p++;
                return delStatement(start);
            }
            case ASSERT -> {
                p++;
                Expr test = expression();
                Expr msg = accept(COMMA) ? expression() : null;
                return new Stmt.Assert(posFrom(start), test, msg);
            }
            case IMPORT -> {
                p++;
                List<Stmt.Alias> names = new ArrayList<>();
                do {
                    Token nameStart = tok();
                    String name = dottedName();
                    String as = accept(AS) ? expect(NAME).text() : null;
                    names.add(new Stmt.Alias(posFrom(nameStart), name, as));
                } while (accept(COMMA));
                return new Stmt.Import(posFrom(start), names);
            }
            case FROM -> {
                p++;
                return importFrom(start);
            }
            default -> {
                return expressionStatement(start);
            }
        }
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expect(NAME).text());
        while (accept(DOT)) {
            sb.append('.').append(expect(NAME).text());
        }
        return sb.toString();
    }

    /** The module of a relative import keeps its leading dots: "from ..m import x" has module "..m". */
    private Stmt importFrom(Token start) {
        StringBuilder module = new StringBuilder();
        while (at(DOT) || at(ELLIPSIS)) {
            module.append(next().text());
        }
        if (at(NAME)) {
            module.append(dottedName());
        } else if (module.isEmpty()) {
            throw invalidSyntax();
        }
        expect(IMPORT);
        List<Stmt.Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token star = next();
            names.add(new Stmt.Alias(posFrom(star), "*", null));
        } else {
            boolean paren = accept(LPAR);
            if (paren) {
                nesting++;
            }
            do {
                if (paren && at(RPAR) && !names.isEmpty()) {
                    break;
                }
                if (!paren && at(NEWLINE) && !names.isEmpty()) {
                    throw errorAt(tok(), "trailing comma not allowed without surrounding parentheses");
                }
                Token nameStart = tok();
                String name = expect(NAME).text();
                String as = accept(AS) ? expect(NAME).text() : null;
                names.add(new Stmt.Alias(posFrom(nameStart), name, as));
            } while (accept(COMMA));
            if (paren) {
                expect(RPAR);
                nesting--;
            }
        }
        return new Stmt.ImportFrom(posFrom(start), module.toString(), names);
    }

    private Stmt delStatement(Token start) {
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression() && !at(STAR)) {
                break;
            }
            targets.add(toTarget(starExpression(), Expr.Ctx.DEL));
        } while (accept(COMMA));
        if (targets.isEmpty()) {
            throw invalidSyntax();
        }
        return new Stmt.Delete(posFrom(start), targets);
    }

    private Stmt expressionStatement(Token start) {
        Expr first = at(YIELD) ? yieldExpression() : starExpressions();
        if (at(EQUAL)) {
            return assignment(start, first);
        }
        if (at(COLON)) {
            p++;
            checkAnnotationTarget(first);
            Expr annotation = expression();
            Expr value = null;
            if (accept(EQUAL)) {
                value = at(YIELD) ? yieldExpression() : starExpressions();
            }
            return new Stmt.AnnAssign(posFrom(start), toTarget(first, Expr.Ctx.STORE), annotation, value);
        }
        Expr.Operator op = augmentedOperator(kind());
        if (op != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt(first.pos(), "'" + describe(first) + "' is an illegal expression for augmented assignment");
            }
            p++;
            Expr value = at(YIELD) ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(posFrom(start), toTarget(first, Expr.Ctx.STORE), op, value);
        }
        if (first instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec")) && !parenthesized.contains(first)
                        && startsExpression()) {
            Expr rest = starExpressions();
            throw errorAt(span(first.pos(), rest.pos()),
                            "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        return new Stmt.ExprStmt(posFrom(start), first);
    }

    private void checkAnnotationTarget(Expr target) {
        if (target instanceof Expr.TupleExpr t && !parenthesized.contains(t)) {
            throw errorAt(t.elts().get(0).pos(), "only single target (not tuple) can be annotated");
        }
        if (target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr) {
            String what = target instanceof Expr.TupleExpr ? "tuple" : "list";
            throw errorAt(target.pos(), "only single target (not " + what + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt(target.pos(), "illegal target for annotation");
        }
    }

    private Stmt assignment(Token start, Expr first) {
        List<Expr> chain = new ArrayList<>();
        chain.add(first);
        Token valueStart = null;
        while (accept(EQUAL)) {
            valueStart = tok();
            chain.add(at(YIELD) ? yieldExpression() : starExpressions());
        }
        Expr value = chain.remove(chain.size() - 1);
        if (chain.size() == 1 && !isAssignable(first) && isBitwiseOrLevel(first)
                        && !(first instanceof Expr.ListExpr || first instanceof Expr.TupleExpr || first instanceof Expr.GeneratorExp)
                        && !isNamedConstant(first) && !startsAboveBitwiseOr(valueStart.kind())) {
            throw errorAt(first.pos(), "cannot assign to " + describe(first) + " here. Maybe you meant '==' instead of '='?");
        }
        List<Expr> targets = new ArrayList<>();
        for (Expr t : chain) {
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) {
                throw errorAt(t.pos(), "assignment to yield expression not possible");
            }
            targets.add(toTarget(t, Expr.Ctx.STORE));
        }
        return new Stmt.Assign(posFrom(start), targets, value);
    }

    private static boolean isAssignable(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript;
    }

    private boolean isBitwiseOrLevel(Expr e) {
        if (parenthesized.contains(e)) {
            return true;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp || e instanceof Expr.Lambda
                        || e instanceof Expr.NamedExpr || e instanceof Expr.Starred || e instanceof Expr.TupleExpr
                        || (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryOperator.NOT));
    }

    private static boolean isNamedConstant(Expr e) {
        return e instanceof Expr.Constant c && (c.value() instanceof Boolean || c.value() == Expr.NoneValue.NONE);
    }

    private static boolean startsAboveBitwiseOr(TokenKind k) {
        return k == NOT || k == LAMBDA || k == YIELD || k == STAR || k == AWAIT;
    }

    private static Expr.Operator augmentedOperator(TokenKind k) {
        return switch (k) {
            case PLUSEQUAL -> Expr.Operator.ADD;
            case MINEQUAL -> Expr.Operator.SUB;
            case STAREQUAL -> Expr.Operator.MULT;
            case SLASHEQUAL -> Expr.Operator.DIV;
            case DOUBLESLASHEQUAL -> Expr.Operator.FLOORDIV;
            case PERCENTEQUAL -> Expr.Operator.MOD;
            case DOUBLESTAREQUAL -> Expr.Operator.POW;
            case LEFTSHIFTEQUAL -> Expr.Operator.LSHIFT;
            case RIGHTSHIFTEQUAL -> Expr.Operator.RSHIFT;
            case VBAREQUAL -> Expr.Operator.BITOR;
            case CIRCUMFLEXEQUAL -> Expr.Operator.BITXOR;
            case AMPEREQUAL -> Expr.Operator.BITAND;
            case ATEQUAL -> Expr.Operator.MATMULT;
            default -> null;
        };
    }

    /** Re-creates e as an assignment or del target; reports the first part that cannot be one. */
    private Expr toTarget(Expr e, Expr.Ctx ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.pos(), n.id(), ctx);
            case Expr.Attribute a -> new Expr.Attribute(a.pos(), a.value(), a.attr(), ctx);
            case Expr.Subscript s -> new Expr.Subscript(s.pos(), s.value(), s.slice(), ctx);
            case Expr.Starred s when ctx == Expr.Ctx.STORE -> new Expr.Starred(s.pos(), toTarget(s.value(), ctx), ctx);
            case Expr.TupleExpr t -> new Expr.TupleExpr(t.pos(), targets(t.elts(), ctx), ctx);
            case Expr.ListExpr l -> new Expr.ListExpr(l.pos(), targets(l.elts(), ctx), ctx);
            case Expr.Compare c when noIn && c.ops().get(0) == Expr.CmpOp.IN -> toTarget(c.left(), ctx);
            default -> throw errorAt(e.pos(), (ctx == Expr.Ctx.DEL ? "cannot delete " : "cannot assign to ") + describe(e));
        };
    }

    private List<Expr> targets(List<Expr> elts, Expr.Ctx ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(toTarget(e, ctx));
        }
        return out;
    }

    /** How CPython's error messages name an expression (_PyPegen_get_expr_name). */
    static String describe(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.ListExpr l -> "list";
            case Expr.TupleExpr t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.ListComp c -> "list comprehension";
            case Expr.SetComp c -> "set comprehension";
            case Expr.DictComp c -> "dict comprehension";
            case Expr.DictExpr d -> "dict literal";
            case Expr.SetExpr s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
            case Expr.Constant c -> c.value() == Expr.NoneValue.NONE ? "None"
                            : c.value() instanceof Boolean b ? (b ? "True" : "False")
                            : c.value() == Expr.EllipsisValue.ELLIPSIS ? "ellipsis" : "literal";
        };
    }

    // ---- compound statements

    private List<Stmt> block(String what, Token header) {
        if (!accept(NEWLINE)) {
            List<Stmt> body = new ArrayList<>();
            simpleStatements(body);
            return body;
        }
        if (!at(INDENT)) {
            throw errorAt(tok(), Kind.INDENTATION, "expected an indented block after " + what + " on line " + header.line());
        }
        p++;
        List<Stmt> body = new ArrayList<>();
        while (!accept(DEDENT)) {
            if (at(ENDMARKER)) {
                throw invalidSyntax();
            }
            statement(body);
        }
        return body;
    }

    private void expectColon() {
        if (at(NEWLINE)) {
            throw errorAt(tok(), "expected ':'");
        }
        expect(COLON);
    }

    private Pos blockEnd(Token start, List<Stmt> last) {
        Pos end = last.get(last.size() - 1).pos();
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    /** An if or while condition, where CPython suggests '==' for a stray '='. */
    private Expr condition() {
        Expr test = namedExpression();
        if (at(EQUAL) && !parenthesized.contains(test)) {
            p++;
            Expr rhs = bitwiseOr();
            if (test instanceof Expr.Name) {
                throw errorAt(span(test.pos(), rhs.pos()), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
            throw errorAt(test.pos(), "cannot assign to " + describe(test) + " here. Maybe you meant '==' instead of '='?");
        }
        return test;
    }

    private Stmt ifStmt() {
        Token start = next();
        Expr test = condition();
        expectColon();
        List<Stmt> body = block("'" + start.text() + "' statement", start);
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            orelse = List.of(ifStmt());
        } else if (at(ELSE)) {
            Token elseTok = next();
            expectColon();
            orelse = block("'else' statement", elseTok);
        }
        return new Stmt.If(blockEnd(start, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private List<Stmt> elseBlock() {
        if (!at(ELSE)) {
            return List.of();
        }
        Token elseTok = next();
        expectColon();
        return block("'else' statement", elseTok);
    }

    private Stmt whileStmt() {
        Token start = next();
        Expr test = condition();
        expectColon();
        List<Stmt> body = block("'while' statement", start);
        List<Stmt> orelse = elseBlock();
        return new Stmt.While(blockEnd(start, orelse.isEmpty() ? body : orelse), test, body, orelse);
    }

    private Stmt forStmt() {
        Token start = next();
        Expr target = forTarget();
        expect(IN);
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block("'for' statement", start);
        List<Stmt> orelse = elseBlock();
        return new Stmt.For(blockEnd(start, orelse.isEmpty() ? body : orelse), target, iter, body, orelse);
    }

    private Expr forTarget() {
        boolean saved = noIn;
        noIn = true;
        try {
            return toTarget(starExpressions(), Expr.Ctx.STORE);
        } finally {
            noIn = saved;
        }
    }

    private Stmt withStmt() {
        Token start = next();
        List<Stmt.WithItem> items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA));
        }
        expectColon();
        List<Stmt> body = block("'with' statement", start);
        return new Stmt.With(blockEnd(start, body), items, body);
    }

    /** "with (a as b, c as d):", told apart from a parenthesized expression by trying it. */
    private List<Stmt.WithItem> parenthesizedWithItems() {
        if (!at(LPAR)) {
            return null;
        }
        int saved = p;
        int savedFurthest = furthest;
        try {
            p++;
            nesting++;
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (at(RPAR) && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (accept(COMMA));
            expect(RPAR);
            nesting--;
            if (at(COLON)) {
                return items;
            }
        } catch (SyntaxErrorException e) {
            nesting--;
        }
        p = saved;
        furthest = savedFurthest;
        return null;
    }

    private Stmt.WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (accept(AS)) {
            vars = toTarget(starTarget(), Expr.Ctx.STORE);
        }
        return new Stmt.WithItem(context, vars);
    }

    private Expr starTarget() {
        if (at(STAR)) {
            Token star = next();
            Expr value = starTarget();
            return new Expr.Starred(posFrom(star), value, Expr.Ctx.LOAD);
        }
        return expression();
    }

    private Stmt tryStmt() {
        Token start = next();
        expectColon();
        List<Stmt> body = block("'try' statement", start);
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (at(EXCEPT)) {
            Token ex = next();
            Expr type = null;
            String name = null;
            if (!at(COLON) && !at(NEWLINE)) {
                type = expression();
                if (at(COMMA)) {
                    p++;
                    Expr more = expression();
                    throw errorAt(span(type.pos(), more.pos()), "multiple exception types must be parenthesized");
                }
                if (accept(AS)) {
                    name = expect(NAME).text();
                }
            }
            expectColon();
            List<Stmt> hbody = block("'except' statement", ex);
            handlers.add(new Stmt.ExceptHandler(blockEnd(ex, hbody), type, name, hbody));
        }
        List<Stmt> orelse = handlers.isEmpty() ? List.of() : elseBlock();
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            Token fin = next();
            expectColon();
            finalbody = block("'finally' statement", fin);
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAt(tok(), "expected 'except' or 'finally' block");
        }
        List<Stmt> last = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse : handlers.get(handlers.size() - 1).body();
        return new Stmt.Try(blockEnd(start, last), body, handlers, orelse, finalbody);
    }

    private Stmt definition() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        if (at(DEF)) {
            Token start = next();
            String name = expect(NAME).text();
            expect(LPAR);
            nesting++;
            Arguments args = parameters(false, RPAR);
            expect(RPAR);
            nesting--;
            if (accept(RARROW)) {
                expression();
            }
            expectColon();
            List<Stmt> body = block("function definition", start);
            return new Stmt.FunctionDef(blockEnd(start, body), name, args, body, decorators);
        }
        if (at(CLASS)) {
            Token start = next();
            String name = expect(NAME).text();
            List<Expr> bases = List.of();
            List<Expr.Keyword> keywords = List.of();
            if (accept(LPAR)) {
                nesting++;
                List<Expr> positional = new ArrayList<>();
                List<Expr.Keyword> kw = new ArrayList<>();
                arguments(positional, kw, false);
                expect(RPAR);
                nesting--;
                bases = positional;
                keywords = kw;
            }
            expectColon();
            List<Stmt> body = block("class definition", start);
            return new Stmt.ClassDef(blockEnd(start, body), name, bases, keywords, body, decorators);
        }
        throw invalidSyntax();
    }

    /**
     * A parameter list up to close (')' for def, ':' for lambda). Annotations are read and dropped;
     * the parameters before a '/' are positional-only.
     */
    private Arguments parameters(boolean lambda, TokenKind close) {
        List<Arguments.Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Arg vararg = null;
        List<Arguments.Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Arg kwarg = null;
        Token bareStar = null;
        boolean star = false;
        // how many of args precede the '/', -1 while there is none
        int positionalOnly = -1;
        while (!at(close)) {
            if (kwarg != null) {
                throw errorAt(tok(), "arguments cannot follow var-keyword argument");
            }
            if (at(SLASH)) {
                if (args.isEmpty() && !star && kindAt(1) == close) {
                    // CPython's invalid_parameters rule names the error only when something follows the '/'
                    throw invalidSyntax();
                }
                if (star || args.isEmpty() || positionalOnly >= 0) {
                    throw errorAt(tok(), star ? "/ must be ahead of *"
                                    : positionalOnly >= 0 ? "/ may appear only once" : "at least one argument must precede /");
                }
                p++;
                positionalOnly = args.size();
            } else if (at(STAR)) {
                Token s = next();
                if (star) {
                    throw errorAt(s, "* argument may appear only once");
                }
                star = true;
                if (at(NAME)) {
                    vararg = parameter(lambda);
                } else {
                    bareStar = s;
                }
            } else if (at(DOUBLESTAR)) {
                p++;
                if (bareStar != null && kwonly.isEmpty()) {
                    throw errorAt(bareStar, "named arguments must follow bare *");
                }
                kwarg = parameter(lambda);
            } else {
                Arguments.Arg arg = parameter(lambda);
                Expr dflt = accept(EQUAL) ? expression() : null;
                if (star) {
                    kwonly.add(arg);
                    kwDefaults.add(dflt);
                } else {
                    if (dflt == null && !defaults.isEmpty()) {
                        throw errorAt(arg.pos(), "parameter without a default follows parameter with a default");
                    }
                    args.add(arg);
                    if (dflt != null) {
                        defaults.add(dflt);
                    }
                }
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (bareStar != null && kwonly.isEmpty()) {
            throw errorAt(bareStar, "named arguments must follow bare *");
        }
        if (args.isEmpty() && defaults.isEmpty() && vararg == null && kwonly.isEmpty() && kwarg == null) {
            return Arguments.EMPTY;
        }
        return new Arguments(args, defaults, vararg, kwonly, kwDefaults, kwarg, Math.max(positionalOnly, 0));
    }

    private Arguments.Arg parameter(boolean lambda) {
        Token start = expect(NAME);
        if (!lambda && accept(COLON)) {
            expression();
        }
        return new Arguments.Arg(posFrom(start), start.text());
    }

    // ---- expressions

    private boolean startsExpression() {
        return switch (kind()) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA, TRUE, FALSE,
                            NONE, ELLIPSIS, AWAIT -> true;
            default -> false;
        };
    }

    private Expr starExpressions() {
        Token start = tok();
        Expr first = starExpression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!startsExpression() && !at(STAR)) {
                break;
            }
            elts.add(starExpression());
        }
        return new Expr.TupleExpr(posFrom(start), elts, Expr.Ctx.LOAD);
    }

    private Expr starExpression() {
        if (at(STAR)) {
            Token star = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(posFrom(star), value, Expr.Ctx.LOAD);
        }
        return expression();
    }

    private Expr starNamedExpression() {
        if (at(STAR)) {
            Token star = next();
            Expr value = bitwiseOr();
            return new Expr.Starred(posFrom(star), value, Expr.Ctx.LOAD);
        }
        return namedExpression();
    }

    private Expr namedExpression() {
        if (at(NAME) && kindAt(1) == COLONEQUAL) {
            Token name = next();
            p++;
            Expr value = expression();
            Expr.Name target = new Expr.Name(new Pos(name.line(), name.col(), name.endLine(), name.endCol()), name.text(),
                            Expr.Ctx.STORE);
            return new Expr.NamedExpr(posFrom(name), target, value);
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt(e.pos(), "cannot use assignment expressions with " + describe(e));
        }
        return e;
    }

    private Expr expression() {
        if (at(LAMBDA)) {
            return lambda();
        }
        enter();
        try {
            Token start = tok();
            Expr a = disjunction();
            if (at(IF)) {
                p++;
                Expr test = disjunction();
                if (!at(ELSE)) {
                    if (at(COLON)) {
                        throw invalidSyntax();
                    }
                    throw errorAt(span(a.pos(), test.pos()), "expected 'else' after 'if' expression");
                }
                p++;
                Expr orelse = expression();
                return new Expr.IfExp(posFrom(start), test, a, orelse);
            }
            if (nesting > 0 && startsExpression() && !(a instanceof Expr.Name && (at(STRING) || at(FSTRING_START)))) {
                forgotComma(a);
            }
            return a;
        } finally {
            depth--;
        }
    }

    /** CPython's invalid_expression: two expressions side by side inside brackets. */
    private void forgotComma(Expr a) {
        if (a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) {
            return;
        }
        int saved = p;
        Expr b;
        try {
            b = disjunction();
        } catch (SyntaxErrorException e) {
            p = saved;
            return;
        }
        throw errorAt(span(a.pos(), b.pos()), "invalid syntax. Perhaps you forgot a comma?");
    }

    private Expr lambda() {
        Token start = next();
        Arguments args = parameters(true, COLON);
        expect(COLON);
        enter();
        enter();
        try {
            Expr body = expression();
            return new Expr.Lambda(posFrom(start), args, body);
        } finally {
            depth -= 2;
        }
    }

    private Expr disjunction() {
        Token start = tok();
        Expr first = conjunction();
        if (!at(OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(OR)) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(posFrom(start), Expr.BoolOperator.OR, values);
    }

    private Expr conjunction() {
        Token start = tok();
        Expr first = inversion();
        if (!at(AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(posFrom(start), Expr.BoolOperator.AND, values);
    }

    private Expr inversion() {
        if (at(NOT)) {
            Token start = next();
            enter();
            try {
                Expr operand = inversion();
                return new Expr.UnaryOp(posFrom(start), Expr.UnaryOperator.NOT, operand);
            } finally {
                depth--;
            }
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = tok();
        Expr left = bitwiseOr();
        List<Expr.CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            Expr.CmpOp op = switch (kind()) {
                case EQEQUAL -> Expr.CmpOp.EQ;
                case NOTEQUAL -> Expr.CmpOp.NOT_EQ;
                case LESS -> Expr.CmpOp.LT;
                case LESSEQUAL -> Expr.CmpOp.LT_E;
                case GREATER -> Expr.CmpOp.GT;
                case GREATEREQUAL -> Expr.CmpOp.GT_E;
                case IN -> noIn ? null : Expr.CmpOp.IN;
                case IS -> kindAt(1) == NOT ? Expr.CmpOp.IS_NOT : Expr.CmpOp.IS;
                case NOT -> kindAt(1) == IN ? Expr.CmpOp.NOT_IN : null;
                default -> null;
            };
            if (op == null) {
                break;
            }
            p += op == Expr.CmpOp.IS_NOT || op == Expr.CmpOp.NOT_IN ? 2 : 1;
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(posFrom(start), left, ops, comparators);
    }

    private Expr bitwiseOr() {
        Token start = tok();
        Expr left = bitwiseXor();
        while (at(VBAR)) {
            p++;
            left = withPos(start, new Expr.BinOp(null, left, Expr.Operator.BITOR, bitwiseXor()));
        }
        return left;
    }

    /** b positioned from start (the rule's first token, so a parenthesized left operand's '(') to the last token read. */
    private Expr withPos(Token start, Expr.BinOp b) {
        return new Expr.BinOp(posFrom(start), b.left(), b.op(), b.right());
    }

    private Expr bitwiseXor() {
        Token start = tok();
        Expr left = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            p++;
            left = withPos(start, new Expr.BinOp(null, left, Expr.Operator.BITXOR, bitwiseAnd()));
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Token start = tok();
        Expr left = shiftExpr();
        while (at(AMPER)) {
            p++;
            left = withPos(start, new Expr.BinOp(null, left, Expr.Operator.BITAND, shiftExpr()));
        }
        return left;
    }

    private Expr shiftExpr() {
        Token start = tok();
        Expr left = sum();
        while (at(LEFTSHIFT) || at(RIGHTSHIFT)) {
            Expr.Operator op = next().kind() == LEFTSHIFT ? Expr.Operator.LSHIFT : Expr.Operator.RSHIFT;
            left = withPos(start, new Expr.BinOp(null, left, op, sum()));
        }
        return left;
    }

    private Expr sum() {
        Token start = tok();
        Expr left = term();
        while (at(PLUS) || at(MINUS)) {
            Expr.Operator op = next().kind() == PLUS ? Expr.Operator.ADD : Expr.Operator.SUB;
            left = withPos(start, new Expr.BinOp(null, left, op, term()));
        }
        return left;
    }

    private Expr term() {
        Token start = tok();
        Expr left = factor();
        while (true) {
            Expr.Operator op = switch (kind()) {
                case STAR -> Expr.Operator.MULT;
                case SLASH -> Expr.Operator.DIV;
                case DOUBLESLASH -> Expr.Operator.FLOORDIV;
                case PERCENT -> Expr.Operator.MOD;
                case AT -> Expr.Operator.MATMULT;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            p++;
            left = withPos(start, new Expr.BinOp(null, left, op, factor()));
        }
    }

    private Expr factor() {
        Expr.UnaryOperator op = switch (kind()) {
            case PLUS -> Expr.UnaryOperator.UADD;
            case MINUS -> Expr.UnaryOperator.USUB;
            case TILDE -> Expr.UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token start = next();
        enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(posFrom(start), op, operand);
        } finally {
            depth--;
        }
    }

    private Expr power() {
        if (at(AWAIT)) {
            // minipy has no coroutines, so every await is outside an async function
            Token start = next();
            primary();
            throw errorAt(posFrom(start), "'await' outside async function");
        }
        Token start = tok();
        Expr base = primary();
        if (!accept(DOUBLESTAR)) {
            return base;
        }
        enter();
        enter();
        try {
            Expr exponent = factor();
            return new Expr.BinOp(posFrom(start), base, Expr.Operator.POW, exponent);
        } finally {
            depth -= 2;
        }
    }

    private Expr primary() {
        Token start = tok();
        Expr e = atom();
        while (true) {
            switch (kind()) {
                case DOT -> {
                    p++;
                    String attr = expect(NAME).text();
                    e = new Expr.Attribute(posFrom(start), e, attr, Expr.Ctx.LOAD);
                }
                case LPAR -> e = call(start, e);
                case LSQB -> {
                    p++;
                    nesting++;
                    boolean savedNoIn = noIn;
                    noIn = false;
                    Expr slice = slices();
                    noIn = savedNoIn;
                    expect(RSQB);
                    nesting--;
                    e = new Expr.Subscript(posFrom(start), e, slice, Expr.Ctx.LOAD);
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private Expr call(Token start, Expr func) {
        Token open = next();
        nesting++;
        boolean savedNoIn = noIn;
        noIn = false;
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        Expr genexp = arguments(args, keywords, true);
        Token close = expect(RPAR);
        noIn = savedNoIn;
        nesting--;
        if (genexp != null) {
            Expr.GeneratorExp g = (Expr.GeneratorExp) genexp;
            args.set(0, new Expr.GeneratorExp(new Pos(open.line(), open.col(), close.endLine(), close.endCol()), g.elt(), g.generators()));
        }
        return new Expr.Call(posFrom(start), func, args, keywords);
    }

    /**
     * Call arguments up to ')'; returns the generator expression if it is the sole argument (its
     * position is then widened to the call's parentheses), else null.
     */
    private Expr arguments(List<Expr> args, List<Expr.Keyword> keywords, boolean allowGenexp) {
        boolean kwUnpacking = false;
        Expr genexp = null;
        String misplaced = null;
        while (!at(RPAR)) {
            Token start = tok();
            if (at(STAR)) {
                p++;
                Expr value = expression();
                Expr starred = new Expr.Starred(posFrom(start), value, Expr.Ctx.LOAD);
                if (kwUnpacking) {
                    Token comma = toks.get(toks.indexOf(start) - 1);
                    throw errorAt(posFrom(comma), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starred);
            } else if (at(DOUBLESTAR)) {
                p++;
                Expr value = expression();
                keywords.add(new Expr.Keyword(posFrom(start), null, value));
                kwUnpacking = true;
            } else if (at(NAME) && kindAt(1) == EQUAL) {
                String name = next().text();
                p++;
                Expr value = expression();
                keywords.add(new Expr.Keyword(posFrom(start), name, value));
            } else {
                Expr e = namedExpression();
                if (at(FOR)) {
                    if (!allowGenexp) {
                        throw invalidSyntax();
                    }
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    e = new Expr.GeneratorExp(posFrom(start), e, gens);
                    if (!args.isEmpty() || !keywords.isEmpty() || at(COMMA)) {
                        throw errorAt(e.pos(), "Generator expression must be parenthesized");
                    }
                    genexp = e;
                } else if (at(EQUAL)) {
                    p++;
                    throw errorAt(posFrom(e.pos()), "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (!keywords.isEmpty() && misplaced == null) {
                    misplaced = kwUnpacking ? "positional argument follows keyword argument unpacking"
                                    : "positional argument follows keyword argument";
                }
                args.add(e);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (misplaced != null) {
            // CPython finds this after reading the whole argument list, so it points at what follows it
            throw errorAt(tok(), misplaced);
        }
        return genexp;
    }

    private Expr slices() {
        Expr first = slice();
        if (!at(COMMA)) {
            return first instanceof Expr.Starred ? new Expr.TupleExpr(first.pos(), List.of(first), Expr.Ctx.LOAD) : first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(slice());
        }
        return new Expr.TupleExpr(posFrom(first.pos()), elts, Expr.Ctx.LOAD);
    }

    private Expr slice() {
        Token start = tok();
        Expr lower = null;
        if (at(STAR)) {
            return starExpression();
        }
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) {
                return lower;
            }
        }
        expect(COLON);
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        return new Expr.Slice(posFrom(start), lower, upper, step);
    }

    private Expr atom() {
        Token t = tok();
        switch (t.kind()) {
            case NAME -> {
                p++;
                return new Expr.Name(posFrom(t), t.text(), Expr.Ctx.LOAD);
            }
            case NUMBER -> {
                p++;
                return new Expr.Constant(posFrom(t), t.value());
            }
            case TRUE, FALSE -> {
                p++;
                return new Expr.Constant(posFrom(t), t.kind() == TRUE);
            }
            case NONE -> {
                p++;
                return new Expr.Constant(posFrom(t), Expr.NoneValue.NONE);
            }
            case ELLIPSIS -> {
                p++;
                return new Expr.Constant(posFrom(t), Expr.EllipsisValue.ELLIPSIS);
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case LPAR, LSQB, LBRACE -> {
                boolean savedNoIn = noIn;
                noIn = false;
                nesting++;
                try {
                    return t.kind() == LPAR ? group() : t.kind() == LSQB ? list() : dictOrSet();
                } finally {
                    nesting--;
                    noIn = savedNoIn;
                }
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr group() {
        Token open = next();
        if (accept(RPAR)) {
            Expr tuple = new Expr.TupleExpr(posFrom(open), List.of(), Expr.Ctx.LOAD);
            parenthesized.add(tuple);
            return tuple;
        }
        if (at(YIELD)) {
            Expr y = yieldExpression();
            expect(RPAR);
            parenthesized.add(y);
            return y;
        }
        Expr first = starNamedExpression();
        if (at(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expect(RPAR);
            return new Expr.GeneratorExp(posFrom(open), first, gens);
        }
        if (accept(RPAR)) {
            if (first instanceof Expr.Starred) {
                throw errorAt(first.pos(), "cannot use starred expression here");
            }
            parenthesized.add(first);
            return first;
        }
        if (!at(COMMA)) {
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RPAR);
        Expr tuple = new Expr.TupleExpr(posFrom(open), elts, Expr.Ctx.LOAD);
        parenthesized.add(tuple);
        return tuple;
    }

    private Expr list() {
        Token open = next();
        List<Expr> elts = new ArrayList<>();
        if (accept(RSQB)) {
            return new Expr.ListExpr(posFrom(open), elts, Expr.Ctx.LOAD);
        }
        Expr first = starNamedExpression();
        if (at(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expect(RSQB);
            return new Expr.ListComp(posFrom(open), first, gens);
        }
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RSQB);
        return new Expr.ListExpr(posFrom(open), elts, Expr.Ctx.LOAD);
    }

    private Expr dictOrSet() {
        Token open = next();
        if (accept(RBRACE)) {
            return new Expr.DictExpr(posFrom(open), List.of(), List.of());
        }
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (accept(DOUBLESTAR)) {
            keys.add(null);
            values.add(bitwiseOr());
        } else {
            Expr first = starNamedExpression();
            if (!accept(COLON)) {
                return set(open, first);
            }
            Expr value = expression();
            if (at(FOR)) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                expect(RBRACE);
                return new Expr.DictComp(posFrom(open), first, value, gens);
            }
            keys.add(first);
            values.add(value);
        }
        while (accept(COMMA)) {
            if (at(RBRACE)) {
                break;
            }
            if (accept(DOUBLESTAR)) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                keys.add(expression());
                expect(COLON);
                values.add(expression());
            }
        }
        expect(RBRACE);
        return new Expr.DictExpr(posFrom(open), keys, values);
    }

    private Expr set(Token open, Expr first) {
        if (at(FOR)) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expect(RBRACE);
            return new Expr.SetComp(posFrom(open), first, gens);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RBRACE)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        expect(RBRACE);
        return new Expr.SetExpr(posFrom(open), elts);
    }

    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (accept(FOR)) {
            Expr target = forTarget();
            expect(IN);
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Expr.Comprehension(target, iter, ifs));
        }
        return gens;
    }

    private Expr yieldExpression() {
        Token start = next();
        if (accept(FROM)) {
            Expr value = expression();
            return new Expr.YieldFrom(posFrom(start), value);
        }
        Expr value = startsExpression() || at(STAR) ? starExpressions() : null;
        return new Expr.Yield(posFrom(start), value);
    }

    // ---- string literals and f-strings

    private Expr strings() {
        Token first = tok();
        List<Expr> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Token pendingStart = null;
        Token pendingEnd = null;
        boolean fstring = false;
        Boolean bytes = null;
        ByteArrayOutputStream byteValue = new ByteArrayOutputStream();
        while (at(STRING) || at(FSTRING_START)) {
            Token t = tok();
            boolean isBytes = t.kind() == STRING && prefixOf(t.text()).indexOf('b') >= 0;
            if (bytes != null && bytes != isBytes) {
                while (at(STRING) || at(FSTRING_START)) {
                    skipString();
                }
                throw errorAt(tok(), "cannot mix bytes and nonbytes literals");
            }
            bytes = isBytes;
            if (t.kind() == FSTRING_START) {
                fstring = true;
                if (!pending.isEmpty()) {
                    parts.add(new Expr.Constant(tokenSpan(pendingStart, pendingEnd), pending.toString()));
                    pending.setLength(0);
                }
                pendingStart = null;
                fstringParts(parts);
                continue;
            }
            p++;
            String prefix = prefixOf(t.text());
            String quoted = t.text().substring(prefix.length());
            int quoteLen = quoted.length() >= 6 && (quoted.startsWith("'''") || quoted.startsWith("\"\"\"")) ? 3 : 1;
            String body = t.text().substring(prefix.length() + quoteLen, t.text().length() - quoteLen);
            boolean raw = prefix.indexOf('r') >= 0;
            try {
                if (isBytes) {
                    for (int i = 0; i < body.length(); i++) {
                        if (body.charAt(i) >= 128) {
                            throw errorAt(t, "bytes can only contain ASCII literal characters");
                        }
                    }
                    byteValue.writeBytes(StringLiterals.decodeBytes(body, raw));
                } else {
                    if (pendingStart == null) {
                        pendingStart = t;
                    }
                    pendingEnd = t;
                    pending.append(raw ? body : StringLiterals.decodeStr(body));
                }
            } catch (StringLiterals.DecodeError e) {
                throw errorAt(t, e.getMessage());
            }
        }
        Pos pos = posFrom(first);
        if (Boolean.TRUE.equals(bytes)) {
            return new Expr.Constant(pos, byteValue.toByteArray());
        }
        if (!fstring) {
            return new Expr.Constant(pos, pending.toString());
        }
        if (!pending.isEmpty()) {
            parts.add(new Expr.Constant(tokenSpan(pendingStart, pendingEnd), pending.toString()));
        }
        return new Expr.JoinedStr(pos, mergeConstants(parts));
    }

    private static String prefixOf(String literal) {
        int i = 0;
        while (literal.charAt(i) != '\'' && literal.charAt(i) != '"') {
            i++;
        }
        return literal.substring(0, i).toLowerCase();
    }

    private void skipString() {
        if (next().kind() == FSTRING_START) {
            int fdepth = 1;
            while (fdepth > 0 && !at(ENDMARKER)) {
                TokenKind k = next().kind();
                fdepth += k == FSTRING_START ? 1 : k == FSTRING_END ? -1 : 0;
            }
        }
    }

    private static List<Expr> mergeConstants(List<Expr> parts) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : parts) {
            if (e instanceof Expr.Constant c && c.value() instanceof String s) {
                if (s.isEmpty()) {
                    continue;
                }
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Expr.Constant prevC && prevC.value() instanceof String ps) {
                    out.set(out.size() - 1, new Expr.Constant(span(prevC.pos(), c.pos()), ps + s));
                    continue;
                }
            }
            out.add(e);
        }
        return out;
    }

    private static Pos tokenSpan(Token from, Token to) {
        return new Pos(from.line(), from.col(), to.endLine(), to.endCol());
    }

    /** The pieces of one f-string, appended to parts. */
    private void fstringParts(List<Expr> parts) {
        Token start = next();
        boolean raw = prefixOf(start.text()).indexOf('r') >= 0;
        while (!accept(FSTRING_END)) {
            if (at(FSTRING_MIDDLE)) {
                parts.add(fstringText(next(), raw));
            } else if (at(LBRACE)) {
                replacementField(parts, raw);
            } else {
                throw invalidSyntax();
            }
        }
    }

    private Expr fstringText(Token t, boolean raw) {
        try {
            return new Expr.Constant(posFrom(t), raw ? t.text() : StringLiterals.decodeStr(t.text()));
        } catch (StringLiterals.DecodeError e) {
            throw errorAt(t, e.getMessage());
        }
    }

    private void replacementField(List<Expr> parts, boolean raw) {
        Token open = next();
        nesting++;
        boolean savedNoIn = noIn;
        noIn = false;
        if (at(RBRACE) || at(EXCLAMATION) || at(COLON)) {
            throw errorAt(tok(), "f-string: valid expression required before '" + tok().text() + "'");
        }
        if (at(LAMBDA)) {
            Token lam = tok();
            int i = p;
            while (toks.get(i).kind() != COLON && toks.get(i).kind() != ENDMARKER) {
                // the list ends in ERRORTOKEN, not ENDMARKER, where the tokenizer failed
                if (toks.get(i).kind() == ERRORTOKEN) {
                    throw tokenizerError;
                }
                i++;
            }
            Token colon = toks.get(i);
            throw src.error("f-string: lambda expressions are not allowed without parentheses", lam.line(), lam.col() + 1,
                            colon.endLine(), colon.endCol() + 1);
        }
        Token exprStart = tok();
        Expr value = at(YIELD) ? yieldExpression() : starExpressions();
        Expr debugText = null;
        if (at(EQUAL)) {
            next();
            Token after = tok();
            int from = src.lineStart(open.line()) + open.endCol();
            int to = src.lineStart(after.line()) + after.col();
            debugText = new Expr.Constant(new Pos(exprStart.line(), exprStart.col(), after.line(), after.col()), src.slice(from, to));
        }
        int conversion = -1;
        if (accept(EXCLAMATION)) {
            if (!at(NAME)) {
                throw errorAt(tok(), "f-string: missing conversion character");
            }
            Token c = next();
            if (!c.text().equals("s") && !c.text().equals("r") && !c.text().equals("a")) {
                throw errorAt(c, "f-string: invalid conversion character '" + c.text() + "': expected 's', 'r', or 'a'");
            }
            conversion = c.text().charAt(0);
        }
        Expr spec = null;
        if (at(COLON)) {
            Token colon = next();
            List<Expr> specParts = new ArrayList<>();
            while (!at(RBRACE)) {
                if (at(FSTRING_MIDDLE)) {
                    specParts.add(fstringText(next(), raw));
                } else if (at(LBRACE)) {
                    replacementField(specParts, raw);
                } else {
                    throw errorAt(tok(), "f-string: expecting '}'");
                }
            }
            Token end = tok();
            spec = new Expr.JoinedStr(new Pos(colon.line(), colon.col(), end.line(), end.col()), mergeConstants(specParts));
        }
        if (!at(RBRACE)) {
            throw errorAt(tok(), "f-string: expecting '}'");
        }
        next();
        nesting--;
        noIn = savedNoIn;
        if (debugText != null) {
            parts.add(debugText);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        parts.add(new Expr.FormattedValue(posFrom(open), value, conversion, spec));
    }
}
