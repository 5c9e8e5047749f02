package org.minipy.nodes;

/**
 * A compound statement ({@code for}, {@code while}, {@code if}, {@code with}): what it does itself (iterating,
 * testing truth, entering and leaving the context) has its header expression's position in a traceback, as the
 * instructions CPython compiles for it have, rather than the range of the whole statement.
 */
public interface CompoundStatement {
    /** The header expression: the iterable, the test or the context manager. */
    ExpressionNode getHeader();
}
