package org.minipy.parser;

/**
 * One token. Lines are 1-based, columns 0-based code point offsets, end exclusive. text is the
 * source spelling (for FSTRING_MIDDLE the literal text with doubled braces undone); value is the
 * number of a NUMBER token (Long, BigInteger or Double), otherwise null.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {

    @Override
    public String toString() {
        return kind.name() + (text.isEmpty() ? "" : "(" + text + ")") + "@" + line + ":" + col + "-" + endLine + ":" + endCol;
    }
}
