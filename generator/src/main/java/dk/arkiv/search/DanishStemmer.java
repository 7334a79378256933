package dk.arkiv.search;

import java.util.List;

/**
 * The Snowball stemmer for Danish (snowballstem.org/algorithms/danish), so that "planer",
 * "planen" and "planerne" are found as one word. search.js has the same algorithm: the browser
 * stems the query the way the build stemmed the text.
 */
public final class DanishStemmer {
    private static final String VOWELS = "aeiouyæåø";
    private static final String S_ENDINGS = "abcdfghjklmnoprtvyzå";
    /** Step 1 suffixes, longest first so that the first match is the longest. */
    private static final List<String> MAIN_SUFFIXES = List.of(
            "erendes", "erende", "hedens", "ethed", "erede", "heden", "heder", "endes", "ernes", "erens", "erets",
            "ered", "ende", "erne", "eren", "erer", "heds", "enes", "eres", "eret", "hed", "ene", "ere", "ens",
            "ers", "ets", "en", "er", "es", "et", "e");
    private static final List<String> CONSONANT_PAIRS = List.of("gd", "dt", "gt", "kt");
    private static final List<String> OTHER_SUFFIXES = List.of("elig", "løst", "lig", "els", "ig");

    /** @param word one lowercase word */
    public String stem(String word) {
        int r1 = regionOne(word);
        StringBuilder w = new StringBuilder(word);
        mainSuffix(w, r1);
        consonantPair(w, r1);
        otherSuffix(w, r1);
        undouble(w, r1);
        return w.toString();
    }

    /** R1: after the first non-vowel that follows a vowel, but never before the fourth letter. */
    static int regionOne(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
                return Math.max(i + 1, 3);
            }
        }
        return word.length();
    }

    private static void mainSuffix(StringBuilder w, int r1) {
        for (String suffix : MAIN_SUFFIXES) {
            if (endsInRegion(w, suffix, r1)) {
                w.setLength(w.length() - suffix.length());
                return;
            }
        }
        if (endsInRegion(w, "s", r1) && w.length() >= 2 && S_ENDINGS.indexOf(w.charAt(w.length() - 2)) >= 0) {
            w.setLength(w.length() - 1);
        }
    }

    private static void consonantPair(StringBuilder w, int r1) {
        for (String pair : CONSONANT_PAIRS) {
            if (endsInRegion(w, pair, r1)) {
                w.setLength(w.length() - 1);
                return;
            }
        }
    }

    private static void otherSuffix(StringBuilder w, int r1) {
        if (endsWith(w, "igst")) {
            w.setLength(w.length() - 2);
        }
        for (String suffix : OTHER_SUFFIXES) {
            if (endsInRegion(w, suffix, r1)) {
                if (suffix.equals("løst")) {
                    w.setLength(w.length() - 1);
                } else {
                    w.setLength(w.length() - suffix.length());
                    consonantPair(w, r1);
                }
                return;
            }
        }
    }

    private static void undouble(StringBuilder w, int r1) {
        int last = w.length() - 1;
        if (last >= r1 && last >= 1 && !isVowel(w.charAt(last)) && w.charAt(last) == w.charAt(last - 1)) {
            w.setLength(last);
        }
    }

    private static boolean endsInRegion(StringBuilder w, String suffix, int r1) {
        return w.length() - suffix.length() >= r1 && endsWith(w, suffix);
    }

    private static boolean endsWith(StringBuilder w, String suffix) {
        int start = w.length() - suffix.length();
        return start >= 0 && w.indexOf(suffix, start) == start;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
