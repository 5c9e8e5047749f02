package org.minipy.runtime.buffer;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;

/**
 * A parsed struct format: what CPython's PyStructObject holds ({@code s_format}, {@code s_size},
 * {@code s_len}, {@code s_codes}). Immutable, so one layout is shared by the struct module's cache,
 * Struct objects and the caches of call sites, and compiled code reads its arrays as constants.
 * <p>
 * Each code (CPython's formatcode) is a run of {@code repeat} items of one format at {@code offset}, each
 * {@code size} bytes; 's' and 'p' are one item of {@code size} bytes. Pad bytes ('x') have no code.
 */
public final class StructLayout {
    /** Layouts larger than this cannot be backed by a Java array; they exist only for calcsize. */
    public static final long MAX_ARRAY_SIZE = Integer.MAX_VALUE - 8;

    private final String format;
    private final boolean nativeMode;
    private final boolean bigEndian;
    private final long size;
    private final long itemCount;
    @CompilationFinal(dimensions = 1) private final FormatCode[] codes;
    @CompilationFinal(dimensions = 1) private final int[] offsets;
    @CompilationFinal(dimensions = 1) private final int[] sizes;
    @CompilationFinal(dimensions = 1) private final int[] repeats;

    public StructLayout(String format, boolean nativeMode, boolean bigEndian, long size, long itemCount, FormatCode[] codes, int[] offsets,
                    int[] sizes, int[] repeats) {
        this.format = format;
        this.nativeMode = nativeMode;
        this.bigEndian = bigEndian;
        this.size = size;
        this.itemCount = itemCount;
        this.codes = codes;
        this.offsets = offsets;
        this.sizes = sizes;
        this.repeats = repeats;
    }

    /** The format as Struct.format shows it (always a str). */
    public String getFormat() {
        return format;
    }

    /** '@' or no prefix: native sizes, alignment and byte order; otherwise standard sizes, no alignment. */
    public boolean isNativeMode() {
        return nativeMode;
    }

    public boolean isBigEndian() {
        return bigEndian;
    }

    /** calcsize(format); may exceed {@link #MAX_ARRAY_SIZE}, then there are no codes. */
    public long getSize() {
        return size;
    }

    /** How many values pack takes and unpack returns. */
    public long getItemCount() {
        return itemCount;
    }

    /** Whether the layout fits a Java array, so that its codes exist and it can be packed or unpacked. */
    public boolean fitsArray() {
        return size <= MAX_ARRAY_SIZE;
    }

    public int getCodeCount() {
        return codes.length;
    }

    public FormatCode getCode(int i) {
        return codes[i];
    }

    public int getOffset(int i) {
        return offsets[i];
    }

    public int getItemSize(int i) {
        return sizes[i];
    }

    public int getRepeat(int i) {
        return repeats[i];
    }
}
