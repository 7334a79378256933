package dk.arkiv.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words that carry a title's meaning, for comparing titles: lowercase, without numbers,
 * months, council names and small words, and with common Danish endings cut, so "Klimaalliancen
 * og status på indsatser" and "National Klimaalliance – status for indsatser" share three words.
 */
final class TitleWords {
    private static final Set<String> IGNORED = Set.of("og", "af", "på", "for", "til", "i", "om", "med", "fra", "den",
            "det", "de", "en", "et", "at", "samt", "vedr", "ved", "kkr", "region", "regionens", "hovedstaden",
            "sjælland", "syddanmark", "midtjylland", "nordjylland", "januar", "februar", "marts", "april", "maj",
            "juni", "juli", "august", "september", "oktober", "november", "december", "møde", "mødet", "mødes",
            "næste");
    private static final List<String> ENDINGS = List.of("erne", "ene", "ers", "en", "er", "et", "es", "e", "s", "r");

    private TitleWords() {
    }

    static Set<String> of(String title) {
        Set<String> words = new TreeSet<>();
        for (String word : TopicMatcher.words(title.toLowerCase(Locale.ROOT))) {
            if (IGNORED.contains(word) || word.chars().allMatch(Character::isDigit)) {
                continue;
            }
            words.add(stem(word));
        }
        return words;
    }

    private static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** Shared words over all words (Jaccard); 0 when either title has no meaningful word. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
