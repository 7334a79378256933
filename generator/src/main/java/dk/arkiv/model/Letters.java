package dk.arkiv.model;

/**
 * Characters as text is split into words (topics, search): the same answers as
 * {@link Character#isLetterOrDigit(char)} and {@link Character#toLowerCase(char)}, looked up in
 * tables for the characters up to U+20FF. They are asked for every character of every text, and a
 * table lookup is cheaper than the JDK's calls when the JIT has not inlined them. The tables reach
 * past Latin-1 to the general punctuation, super- and subscript and currency blocks, as Danish
 * documents are full of en dashes, curly quotes, CO₂ and euro signs.
 */
public final class Letters {
    private static final int TABLED = 0x2100;
    private static final boolean[] LETTER_OR_DIGIT = new boolean[TABLED];
    private static final char[] LOWER = new char[TABLED];
    private static final char[] WORD_LOWER = new char[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
            LOWER[c] = Character.toLowerCase(c);
            WORD_LOWER[c] = LETTER_OR_DIGIT[c] ? LOWER[c] : 0;
        }
    }

    private Letters() {
    }

    public static boolean isLetterOrDigit(char c) {
        return c < TABLED ? LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /**
     * The character in lowercase if it is a letter or digit, else 0 (no letter or digit is 0 in
     * lowercase): one lookup where words are read character by character.
     */
    public static char lowerCaseLetterOrDigit(char c) {
        if (c < TABLED) {
            return WORD_LOWER[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    public static char toLowerCase(char c) {
        return c < TABLED ? LOWER[c] : Character.toLowerCase(c);
    }
}
