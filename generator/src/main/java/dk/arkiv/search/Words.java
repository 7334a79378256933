package dk.arkiv.search;

import dk.arkiv.model.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into lowercase words the way search.js splits a query: runs of letters and digits,
 * æ, ø and å kept as they are, other accents dropped ("café" is "cafe").
 */
public final class Words {
    /** Snowball's Danish stop words: too common to tell documents apart. */
    private static final Set<String> STOP_WORDS = Set.of("og", "i", "jeg", "det", "at", "en", "den", "til", "er",
            "som", "på", "de", "med", "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har",
            "om", "vi", "min", "havde", "ham", "hun", "nu", "over", "da", "fra", "du", "ud", "sin", "dem", "os",
            "op", "man", "hans", "hvor", "eller", "hvad", "skal", "selv", "her", "alle", "vil", "blev", "kunne",
            "ind", "når", "være", "dog", "noget", "ville", "jo", "deres", "efter", "ned", "skulle", "denne", "end",
            "dette", "mit", "også", "under", "have", "dig", "anden", "hende", "mine", "alt", "meget", "sit", "sine",
            "vor", "mod", "disse", "hvis", "din", "nogle", "hos", "blive", "mange", "ad", "bliver", "hendes",
            "været", "thi", "jer", "sådan");
    private static final Locale DANISH = Locale.forLanguageTag("da");
    /** The lowest character {@link #withoutAccent} changes. */
    private static final char FIRST_ACCENTED = '\u00e0';

    private Words() {
    }

    /** Every word of the text, in order, stop words included. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        each(text, (chars, start, end) -> words.add(new String(chars, start, end - start)));
        return words;
    }

    /** Receives a word as a range of the text's characters, lowercase and without accents. */
    @FunctionalInterface
    interface WordRange {
        void accept(char[] chars, int start, int end);
    }

    /**
     * Passes every word of the text to {@code word}, in order, as a range of one char array:
     * indexing splits every text of the archive, and most of its words it has seen before.
     */
    static void each(String text, WordRange word) {
        each(lowerCase(text), word);
    }

    /** Every word of the texts, read as one text with a space between each two. */
    static void each(List<String> texts, WordRange word) {
        each(lowerCase(texts), word);
    }

    private static void each(char[] chars, WordRange word) {
        int start = -1;
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            if (Letters.isLetterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                }
                if (c >= FIRST_ACCENTED) {
                    chars[i] = withoutAccent(c);
                }
            } else if (start >= 0) {
                word.accept(chars, start, i);
                start = -1;
            }
        }
    }

    /**
     * The text's characters in lowercase, as {@code text.toLowerCase(DANISH)} has them, each looked
     * up in {@link Letters}' table rather than lowercased as a string and copied again. Only the
     * characters whose lowercase depends on their neighbours or is not one character (capital
     * sigma, capital I with a dot, surrogate pairs) leave the text to the JDK.
     */
    static char[] lowerCase(String text) {
        return lowerCase(List.of(text));
    }

    /**
     * The texts joined by spaces and lowercased, copied once into one array: a document's texts
     * are not joined into a string first.
     */
    static char[] lowerCase(List<String> texts) {
        int length = texts.size() - 1;
        for (String text : texts) {
            length += text.length();
        }
        char[] chars = new char[Math.max(0, length)];
        int at = 0;
        for (int t = 0; t < texts.size(); t++) {
            String text = texts.get(t);
            if (t > 0) {
                chars[at++] = ' ';
            }
            text.getChars(0, text.length(), chars, at);
            if (!lowerCaseInPlace(chars, at, at + text.length())) {
                // The JDK's lowercase may be longer than the text (capital I with a dot).
                char[] lower = text.toLowerCase(DANISH).toCharArray();
                char[] grown = new char[chars.length - text.length() + lower.length];
                System.arraycopy(chars, 0, grown, 0, at);
                System.arraycopy(lower, 0, grown, at, lower.length);
                chars = grown;
                at += lower.length;
            } else {
                at += text.length();
            }
        }
        return chars;
    }

    /** Lowercases chars [from, to) by table; false when one of them needs the JDK's rules. */
    private static boolean lowerCaseInPlace(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\u03a3' || c == '\u0130' || Character.isSurrogate(c)) {
                return false;
            }
            chars[i] = Letters.toLowerCase(c);
        }
        return true;
    }

    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /** The same fold as search.js: accents that are not Danish letters are dropped. */
    static char withoutAccent(char c) {
        return switch (c) {
            case 'á', 'à', 'â', 'ä', 'ã' -> 'a';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ó', 'ò', 'ô', 'ö', 'õ' -> 'o';
            case 'ú', 'ù', 'û', 'ü' -> 'u';
            default -> c;
        };
    }
}
