package dk.arkiv.model;

/**
 * The characters that make words, wherever text is split into words (topics, search). The same
 * as {@link Character#isLetterOrDigit(char)}, looked up in a table for the first 256 characters:
 * it is asked for every character of every text, and a table lookup is cheaper than the JDK's
 * calls when the JIT has not inlined them.
 */
public final class Letters {
    private static final boolean[] LATIN_1 = new boolean[256];

    static {
        for (char c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = Character.isLetterOrDigit(c);
        }
    }

    private Letters() {
    }

    public static boolean isLetterOrDigit(char c) {
        return c < LATIN_1.length ? LATIN_1[c] : Character.isLetterOrDigit(c);
    }
}
