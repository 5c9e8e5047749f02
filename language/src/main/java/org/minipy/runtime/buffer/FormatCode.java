package org.minipy.runtime.buffer;

/**
 * The item formats shared by struct, array.array and memoryview (Modules/_struct.c's formatdef tables,
 * Modules/arraymodule.c's descriptors): one table, so that the three agree on sizes and ranges. Native
 * sizes are those of x86-64 Linux; standard sizes apply to struct's {@code < > ! =} modes.
 */
public enum FormatCode {
    PAD('x', 1, 1, Kind.PAD),
    CHAR('c', 1, 1, Kind.CHAR),
    BYTE('b', 1, 1, Kind.SIGNED),
    UBYTE('B', 1, 1, Kind.UNSIGNED),
    BOOL('?', 1, 1, Kind.BOOL),
    SHORT('h', 2, 2, Kind.SIGNED),
    USHORT('H', 2, 2, Kind.UNSIGNED),
    INT('i', 4, 4, Kind.SIGNED),
    UINT('I', 4, 4, Kind.UNSIGNED),
    LONG('l', 8, 4, Kind.SIGNED),
    ULONG('L', 8, 4, Kind.UNSIGNED),
    LONGLONG('q', 8, 8, Kind.SIGNED),
    ULONGLONG('Q', 8, 8, Kind.UNSIGNED),
    SSIZE_T('n', 8, -1, Kind.SIGNED),
    SIZE_T('N', 8, -1, Kind.UNSIGNED),
    HALF('e', 2, 2, Kind.FLOAT),
    FLOAT('f', 4, 4, Kind.FLOAT),
    DOUBLE('d', 8, 8, Kind.FLOAT),
    STRING('s', 1, 1, Kind.BYTES),
    PASCAL('p', 1, 1, Kind.BYTES),
    POINTER('P', 8, -1, Kind.UNSIGNED),
    /** array.array's 'u' (wchar_t, 4 bytes on Linux) and 'w' (Py_UCS4): one character each. */
    WCHAR('u', 4, -1, Kind.UNICODE),
    UCS4('w', 4, -1, Kind.UNICODE);

    public enum Kind { PAD, CHAR, SIGNED, UNSIGNED, BOOL, FLOAT, BYTES, UNICODE }

    private static final FormatCode[] BY_CHAR = new FormatCode[128];

    static {
        for (FormatCode f : values()) {
            BY_CHAR[f.code] = f;
        }
    }

    public final char code;
    public final int nativeSize;
    /** Size in struct's standard modes, or -1 where the format exists only natively. */
    public final int standardSize;
    public final Kind kind;

    FormatCode(char code, int nativeSize, int standardSize, Kind kind) {
        this.code = code;
        this.nativeSize = nativeSize;
        this.standardSize = standardSize;
        this.kind = kind;
    }

    /** The format for a character, or null if there is none. */
    public static FormatCode fromChar(char c) {
        return c < 128 ? BY_CHAR[c] : null;
    }

    public boolean isInteger() {
        return kind == Kind.SIGNED || kind == Kind.UNSIGNED;
    }
}
