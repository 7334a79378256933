package dk.arkiv.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The terms a text is indexed under: the stems of its words, stop words and single letters left out. */
final class IndexTerms {
    private final DanishStemmer stemmer = new DanishStemmer();
    /** Archives repeat the same words endlessly: each is stemmed once per build. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** Sorted and without repeats. */
    String[] of(String text) {
        // A text repeats its words: the distinct terms are sorted once, not kept sorted on every word.
        Set<String> terms = new HashSet<>();
        Words.each(text, word -> {
            if (word.length() > 1 && !Words.isStopWord(word)) {
                terms.add(stemOf(word));
            }
        });
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted);
        return sorted;
    }

    private String stemOf(String word) {
        String stem = stems.get(word);
        return stem != null ? stem : stems.computeIfAbsent(word, stemmer::stem);
    }
}
