package org.minipy.runtime;

/**
 * Substring search in time linear in the text, whatever the needle, as CPython's fastsearch
 * (Objects/stringlib/fastsearch.h) guarantees: a needle shorter than {@link #LONG_NEEDLE} is compared in place at
 * each position (at most that many comparisons a position), a longer one is found with the Knuth-Morris-Pratt
 * automaton, which never looks at a byte of the text twice (CPython uses the two-way algorithm there, which needs
 * no table; both are linear). Searching backwards runs the same automaton over the reversed needle.
 */
public final class FastSearch {
    /** CPython switches to its linear algorithm for needles of about this length too. */
    static final int LONG_NEEDLE = 32;

    private FastSearch() {
    }

    /** The first (or, if {@code last}, the last) index of needle in text[start:end], or -1. */
    public static int indexOf(byte[] text, int start, int end, byte[] needle, boolean last) {
        int m = needle.length;
        if (end - start < m) {
            return -1;
        }
        if (m >= LONG_NEEDLE) {
            return last ? lastIndexOfLong(text, start, end, needle) : indexOfLong(text, start, end, needle);
        }
        if (last) {
            for (int i = end - m; i >= start; i--) {
                if (matchesAt(text, i, needle)) {
                    return i;
                }
            }
        } else {
            for (int i = start; i <= end - m; i++) {
                if (matchesAt(text, i, needle)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Whether needle is text[at:at + len(needle)]. */
    public static boolean matchesAt(byte[] text, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (text[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The automaton's failure table: fail[j] is the length of the longest proper border of the needle's first j + 1
     * bytes, or of its last j + 1 if {@code reversed}.
     */
    private static int[] failureTable(byte[] needle, boolean reversed) {
        int m = needle.length;
        int[] fail = new int[m];
        for (int j = 1, k = 0; j < m; j++) {
            byte b = needle[reversed ? m - 1 - j : j];
            while (k > 0 && b != needle[reversed ? m - 1 - k : k]) {
                k = fail[k - 1];
            }
            if (b == needle[reversed ? m - 1 - k : k]) {
                k++;
            }
            fail[j] = k;
        }
        return fail;
    }

    private static int[] failureTable(String needle, boolean reversed) {
        int m = needle.length();
        int[] fail = new int[m];
        for (int j = 1, k = 0; j < m; j++) {
            char c = needle.charAt(reversed ? m - 1 - j : j);
            while (k > 0 && c != needle.charAt(reversed ? m - 1 - k : k)) {
                k = fail[k - 1];
            }
            if (c == needle.charAt(reversed ? m - 1 - k : k)) {
                k++;
            }
            fail[j] = k;
        }
        return fail;
    }

    private static int indexOfLong(byte[] text, int start, int end, byte[] needle) {
        int m = needle.length;
        int[] fail = failureTable(needle, false);
        for (int i = start, k = 0; i < end; i++) {
            while (k > 0 && text[i] != needle[k]) {
                k = fail[k - 1];
            }
            if (text[i] == needle[k]) {
                k++;
                if (k == m) {
                    return i - m + 1;
                }
            }
        }
        return -1;
    }

    private static int lastIndexOfLong(byte[] text, int start, int end, byte[] needle) {
        int m = needle.length;
        // the automaton of the reversed needle, run from the end of the text
        int[] fail = failureTable(needle, true);
        for (int i = end - 1, k = 0; i >= start; i--) {
            while (k > 0 && text[i] != needle[m - 1 - k]) {
                k = fail[k - 1];
            }
            if (text[i] == needle[m - 1 - k]) {
                k++;
                if (k == m) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** String.indexOf(needle, from) for text[from:], linear in the text for long needles. */
    public static int indexOf(String text, String needle, int from) {
        int m = needle.length();
        if (m < LONG_NEEDLE) {
            return text.indexOf(needle, from);
        }
        int start = Math.max(0, from);
        int end = text.length();
        if (end - start < m) {
            return -1;
        }
        int[] fail = failureTable(needle, false);
        for (int i = start, k = 0; i < end; i++) {
            char c = text.charAt(i);
            while (k > 0 && c != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (c == needle.charAt(k)) {
                k++;
                if (k == m) {
                    return i - m + 1;
                }
            }
        }
        return -1;
    }

    /** String.lastIndexOf(needle, from): the last match starting at or before from, linear for long needles. */
    public static int lastIndexOf(String text, String needle, int from) {
        int m = needle.length();
        if (m < LONG_NEEDLE) {
            return text.lastIndexOf(needle, from);
        }
        int end = Math.min(text.length(), from + m);
        if (from < 0 || end < m) {
            return -1;
        }
        int[] fail = failureTable(needle, true);
        for (int i = end - 1, k = 0; i >= 0; i--) {
            char c = text.charAt(i);
            while (k > 0 && c != needle.charAt(m - 1 - k)) {
                k = fail[k - 1];
            }
            if (c == needle.charAt(m - 1 - k)) {
                k++;
                if (k == m) {
                    return i;
                }
            }
        }
        return -1;
    }
}
