package org.minipy.parser;

import java.util.HashMap;
import java.util.Map;

/**
 * Token types, after CPython's Grammar/Tokens; keywords get their own kinds so that the parser can
 * test for them like operators.
 */
public enum TokenKind {
    NAME, NUMBER, STRING, FSTRING_START, FSTRING_MIDDLE, FSTRING_END, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Where the tokenizer failed; the parser raises the tokenizer's error if it gets there. */
    ERRORTOKEN,

    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"), COLON(":"), COMMA(","), SEMI(";"),
    PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"), LESS("<"), GREATER(">"),
    EQUAL("="), DOT("."), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="), LESSEQUAL("<="), GREATEREQUAL(">="),
    TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"), DOUBLESTAR("**"), PLUSEQUAL("+="),
    MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="), AMPEREQUAL("&="), VBAREQUAL("|="),
    CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="), DOUBLESTAREQUAL("**="),
    DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"), ELLIPSIS("..."),
    COLONEQUAL(":="), EXCLAMATION("!"),

    FALSE("False", true), NONE("None", true), TRUE("True", true), AND("and", true), AS("as", true),
    ASSERT("assert", true), ASYNC("async", true), AWAIT("await", true), BREAK("break", true),
    CLASS("class", true), CONTINUE("continue", true), DEF("def", true), DEL("del", true), ELIF("elif", true),
    ELSE("else", true), EXCEPT("except", true), FINALLY("finally", true), FOR("for", true), FROM("from", true),
    GLOBAL("global", true), IF("if", true), IMPORT("import", true), IN("in", true), IS("is", true),
    LAMBDA("lambda", true), NONLOCAL("nonlocal", true), NOT("not", true), OR("or", true), PASS("pass", true),
    RAISE("raise", true), RETURN("return", true), TRY("try", true), WHILE("while", true), WITH("with", true),
    YIELD("yield", true);

    /** The operator or keyword spelling; null for the token classes above. */
    public final String text;
    public final boolean isKeyword;

    TokenKind() {
        this(null, false);
    }

    TokenKind(String text) {
        this(text, false);
    }

    TokenKind(String text, boolean isKeyword) {
        this.text = text;
        this.isKeyword = isKeyword;
    }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();
    private static final Map<String, TokenKind> OPERATORS = new HashMap<>();

    static {
        for (TokenKind k : values()) {
            if (k.text != null) {
                (k.isKeyword ? KEYWORDS : OPERATORS).put(k.text, k);
            }
        }
    }

    /** The keyword kind spelled by name, or NAME. */
    public static TokenKind ofName(String name) {
        return KEYWORDS.getOrDefault(name, NAME);
    }

    /** The operator spelled exactly by text, or null. */
    public static TokenKind ofOperator(String text) {
        return OPERATORS.get(text);
    }

    @Override
    public String toString() {
        return text != null ? text : name();
    }
}
