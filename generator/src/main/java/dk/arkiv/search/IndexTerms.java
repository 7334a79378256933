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

    /**
     * The shard a term is in: its first two letters, spelled in ASCII for a file name. Different
     * beginnings may share a shard ("æb" and "aeb"); the shard holds the whole terms.
     */
    static String shardOf(String term) {
        StringBuilder key = new StringBuilder(4);
        for (int i = 0; i < Math.min(2, term.length()); i++) {
            char c = term.charAt(i);
            switch (c) {
                case 'æ' -> key.append("ae");
                case 'ø' -> key.append("oe");
                case 'å' -> key.append("aa");
                default -> key.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
            }
        }
        return key.toString();
    }
}
