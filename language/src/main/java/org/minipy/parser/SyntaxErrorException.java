package org.minipy.parser;

/**
 * A compile-time error with the fields of CPython's SyntaxError: lineno and offset are 1-based,
 * offsets count code points, and endOffset may be -1 or 0 where CPython reports those (it does for
 * indentation errors); text is the offending source line without its line break.
 */
public final class SyntaxErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The Python exception class: SyntaxError or its subclasses IndentationError and TabError; or, for source
     * nested too deeply to compile, the MemoryError of CPython's parser or the RecursionError of its compiler,
     * which CPython reports without a location.
     */
    public enum Kind {
        SYNTAX("SyntaxError"), INDENTATION("IndentationError"), TAB("TabError"), MEMORY("MemoryError"), RECURSION("RecursionError");

        public final String pythonName;

        Kind(String pythonName) {
            this.pythonName = pythonName;
        }
    }

    public final Kind kind;
    public final String msg;
    public final String filename;
    public final int lineno;
    public final int offset;
    public final int endLineno;
    public final int endOffset;
    public final String text;

    public SyntaxErrorException(Kind kind, String msg, String filename, int lineno, int offset, int endLineno,
                    int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** Whether this is a real SyntaxError (or subclass), which CPython prints with its file, line and carets. */
    public boolean hasLocation() {
        return kind != Kind.MEMORY && kind != Kind.RECURSION;
    }

    @Override
    public String toString() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
