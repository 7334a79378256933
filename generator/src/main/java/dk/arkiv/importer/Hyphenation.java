package dk.arkiv.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Joins two pieces of a line-broken text and decides what the hyphen at the break was.
 * A hyphen stays when it is real: before a capital or a digit ("Anna-Marie", "2025-2026"), after
 * an abbreviation or a number ("SOSU-uddannelserne", "CO2-udledningen"), before a conjunction
 * ("Behovs- og afgangsanalyser"), or when the document writes the word with it elsewhere. Otherwise
 * it was put there by the line break, and goes: "ud-" + "viklingsgruppe" is "udviklingsgruppe".
 */
final class Hyphenation {
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "til", "samt", "&", "and", "or", "som");

    private final Vocabulary vocabulary;

    Hyphenation(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The text of a line followed by the next line of the same paragraph. */
    String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (after.isEmpty()) {
            return before;
        }
        if (!endsWithBreakHyphen(before)) {
            return before + " " + after;
        }
        String head = before.substring(0, before.length() - 1);
        String left = lastWord(head);
        String right = firstWord(after);
        if (keepsHyphenWithSpace(right)) {
            return before + " " + after;
        }
        if (keepsHyphen(left, right)) {
            return before + after;
        }
        return head + after;
    }

    /** "sundheds- hjælpere" inside one line (a torn table cell): the same decision, space removed. */
    String repairInside(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("(?<=\\p{L}-) (?=\\p{Ll})", -1);
        out.append(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.replace(0, out.length(), join(out.toString(), parts[i]));
        }
        return out.toString();
    }

    static boolean endsWithBreakHyphen(String text) {
        return text.length() >= 2 && text.endsWith("-") && Character.isLetterOrDigit(text.charAt(text.length() - 2));
    }

    private static boolean keepsHyphenWithSpace(String right) {
        return CONJUNCTIONS.contains(right.toLowerCase(Locale.ROOT));
    }

    private boolean keepsHyphen(String left, String right) {
        if (right.isEmpty() || left.isEmpty()) {
            return true;
        }
        int first = right.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isDigit(first) || !Character.isLetter(first)) {
            return true;
        }
        if (isAbbreviationOrNumber(left)) {
            return true;
        }
        if (vocabulary.knows(left + "-" + right)) {
            return true;
        }
        if (vocabulary.knows(left + right)) {
            return false;
        }
        return left.length() >= 3 && vocabulary.knowsOnlyAsName(left);
    }

    /** "CO2", "SOSU", "KL", "KlimaNord": capitals after the first letter, or digits. */
    private static boolean isAbbreviationOrNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || (i > 0 && Character.isUpperCase(c))) {
                return true;
            }
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    static String lastWord(String text) {
        int i = text.length();
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)))) {
            i--;
        }
        return text.substring(i);
    }

    static String firstWord(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '&')) {
            i++;
        }
        return text.substring(0, i);
    }
}
