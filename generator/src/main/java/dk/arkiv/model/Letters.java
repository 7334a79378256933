package dk.arkiv.model;

/**
 * Characters as text is split into words (topics, search): the same answers as
 * {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)}, looked up in
 * tables for the first 256 characters. They are asked for every character of every text, and a
 * table lookup is cheaper than the JDK's calls when the JIT has not inlined them.
 */
public final class Letters {
    private static final boolean[] LATIN_1 = new boolean[256];
    private static final char[] LOWER_LATIN_1 = new char[256];

    static {
        for (char c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = Character.isLetterOrDigit(c);
            LOWER_LATIN_1[c] = Character.toLowerCase(c);
        }
    }

    private Letters() {
    }

    public static boolean isLetterOrDigit(char c) {
        return c < LATIN_1.length ? LATIN_1[c] : Character.isLetterOrDigit(c);
    }

    public static char toLowerCase(char c) {
        return c < LOWER_LATIN_1.length ? LOWER_LATIN_1[c] : Character.toLowerCase(c);
    }
}
