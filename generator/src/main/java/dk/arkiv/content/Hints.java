package dk.arkiv.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelt names, ids and fields. */
public final class Hints {
    private Hints() {
    }

    /** The known word closest to {@code word}, if it is close enough to be a likely misspelling. */
    public static Optional<String> closest(String word, Collection<String> known) {
        String w = word.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(k -> new Scored(k, distance(w, k.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= Math.max(2, w.length() / 3))
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::word))
                .map(Scored::word);
    }

    /** " (did you mean 'x'?)" or "" when nothing is close. */
    public static String didYouMean(String word, Collection<String> known) {
        return closest(word, known).map(k -> "; did you mean '" + k + "'?").orElse("");
    }

    /** The closest known id, or else the list of known ids and where they come from. */
    public static String knownOrClosest(String id, Collection<String> known, String where) {
        String close = didYouMean(id, known);
        return close.isEmpty() ? "; known: " + String.join(", ", known.stream().sorted().toList())
                + " (each is a file " + where + ")" : close;
    }

    private record Scored(String word, int distance) {
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
