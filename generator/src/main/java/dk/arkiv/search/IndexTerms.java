package dk.arkiv.search;

import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** The terms a text is indexed under: the stems of its words, stop words and single letters left out. */
final class IndexTerms {
    private final DanishStemmer stemmer = new DanishStemmer();
    /** Archives repeat the same words endlessly: each is stemmed once per build. */
    private final Map<String, String> stems = new ConcurrentHashMap<>();

    /** Sorted and without repeats. */
    TreeSet<String> of(String text) {
        TreeSet<String> terms = new TreeSet<>();
        for (String word : Words.of(text)) {
            if (word.length() > 1 && !Words.isStopWord(word)) {
                terms.add(stems.computeIfAbsent(word, stemmer::stem));
            }
        }
        return terms;
    }
}
