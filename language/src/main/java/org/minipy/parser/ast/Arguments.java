package org.minipy.parser.ast;

import java.util.List;

/**
 * A parameter list, as CPython's {@code ast.arguments}: positional parameters with trailing
 * defaults, {@code *vararg}, keyword-only parameters (after {@code *} or {@code *args}) with their
 * defaults (null where a keyword-only parameter has none) and {@code **kwarg}. As in CPython's
 * {@code posonlyargs + args}, {@code args} holds the positional-only parameters too: the first
 * {@code positionalOnly} of them.
 */
public record Arguments(List<Arg> args, List<Expr> defaults, Arg vararg, List<Arg> kwonlyargs,
                List<Expr> kwDefaults, Arg kwarg, int positionalOnly) {

    public record Arg(Pos pos, String name) {}

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, 0);
}
