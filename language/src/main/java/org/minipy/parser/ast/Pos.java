package org.minipy.parser.ast;

/**
 * Where a node stands in its source, as CPython's {@code ast} records it: 1-based lines, 0-based
 * columns counted in code points, end exclusive.
 */
public record Pos(int line, int col, int endLine, int endCol) {
}
