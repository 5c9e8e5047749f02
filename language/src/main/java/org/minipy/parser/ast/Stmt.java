package org.minipy.parser.ast;

import java.util.List;

/** Statements, named and shaped after CPython's {@code ast} module (Parser/Python.asdl). */
public sealed interface Stmt {
    Pos pos();

    record Module(List<Stmt> body) {}

    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators) implements Stmt {}

    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {}

    record Return(Pos pos, Expr value) implements Stmt {}

    record Delete(Pos pos, List<Expr> targets) implements Stmt {}

    /** {@code t1 = t2 = value}: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Pos pos, Expr target, Expr.Operator op, Expr value) implements Stmt {}

    /** {@code target: annotation [= value]}; value may be null. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}

    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record WithItem(Expr contextExpr, Expr optionalVars) {}

    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}

    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {}

    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}

    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}

    record Alias(Pos pos, String name, String asname) {}

    record Import(Pos pos, List<Alias> names) implements Stmt {}

    record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {}

    record Global(Pos pos, List<String> names) implements Stmt {}

    record Nonlocal(Pos pos, List<String> names) implements Stmt {}

    record ExprStmt(Pos pos, Expr value) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
