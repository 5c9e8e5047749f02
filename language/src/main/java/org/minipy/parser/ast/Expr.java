package org.minipy.parser.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions, named and shaped after CPython's {@code ast} module (Parser/Python.asdl). */
public sealed interface Expr {
    Pos pos();

    /** Load, Store or Del, as in CPython's expr_context. */
    enum Ctx { LOAD, STORE, DEL }

    // Constants: value is Long, BigInteger, Double, String, byte[] (bytes), Boolean, NoneValue or EllipsisValue.
    record Constant(Pos pos, Object value) implements Expr {}

    /** Marker for the {@code None} literal inside {@link Constant}. */
    enum NoneValue { NONE }

    /** Marker for the {@code ...} literal inside {@link Constant}. */
    enum EllipsisValue { ELLIPSIS }

    record Name(Pos pos, String id, Ctx ctx) implements Expr {}

    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}

    /** {@code value[slice]}; a multi-index {@code a[i, j]} has a Tuple slice, {@code a[()]} an empty Tuple. */
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}

    /** A keyword argument; arg is null for {@code **mapping}. */
    record Keyword(Pos pos, String arg, Expr value) {}

    /** Positional args may contain {@link Starred} for {@code *args}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    enum Operator {
        ADD("+"), SUB("-"), MULT("*"), DIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), MATMULT("@");

        public final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}

    enum UnaryOperator { INVERT, NOT, UADD, USUB }

    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}

    enum BoolOperator { AND, OR }

    /** {@code a and b and c}: values has two or more entries. */
    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}

    enum CmpOp {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code left op0 c0 op1 c1 ...}, chained as in Python. */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}

    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}

    record ListExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    record TupleExpr(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}

    /** A null key stands for {@code **mapping} in a display. */
    record DictExpr(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}

    /** One {@code for target in iter if cond...} clause of a comprehension. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs) {}

    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}

    /** An f-string: values are Constant(String) pieces and FormattedValue replacement fields. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}

    /**
     * {@code {value!conversion:format_spec}}: conversion is -1 (none), 's', 'r' or 'a'; formatSpec is
     * null or a JoinedStr (the spec may itself contain replacement fields).
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record Yield(Pos pos, Expr value) implements Expr {}

    record YieldFrom(Pos pos, Expr value) implements Expr {}

    /** The {@code :=} operator. */
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}

    /** Helper for literal ints that the parser folds: BigInteger values that fit are stored as Long. */
    static Object intValue(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }
}
