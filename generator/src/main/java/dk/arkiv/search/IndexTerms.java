package dk.arkiv.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The terms a text is indexed under: the stems of its words, stop words and single letters left out. */
final class IndexTerms {
    private final DanishStemmer stemmer = new DanishStemmer();
    /**
     * Each thread's words seen so far, looked up by their characters without making a string of
     * them: archives repeat the same words endlessly, and each is stemmed once per thread.
     */
    private final ThreadLocal<WordTable> seen = ThreadLocal.withInitial(WordTable::new);

    /** Without repeats, in the order they first occur. */
    String[] of(String text) {
        return of(List.of(text));
    }

    /** The terms of the texts read as one, with a space between each two. */
    String[] of(List<String> texts) {
        WordTable words = seen.get();
        List<String> terms = new ArrayList<>();
        int stamp = words.nextText();
        Words.each(texts, (chars, start, end) -> {
            int term = words.termOf(chars, start, end);
            if (term != WordTable.NO_TERM && words.stamps[term] != stamp) {
                words.stamps[term] = stamp;
                terms.add(words.terms.get(term));
            }
        });
        return terms.toArray(new String[0]);
    }

    /**
     * One thread's words and their terms. Words are keyed by their characters in an open-addressing
     * table; terms are numbered, and a term's stamp tells whether the text at hand has had it.
     */
    private final class WordTable {
        static final int NO_TERM = -1;

        private char[][] keys = new char[1 << 12][];
        private int[] termOfKey = new int[1 << 12];
        private int size;
        final List<String> terms = new ArrayList<>();
        private final Map<String, Integer> termNumbers = new HashMap<>();
        int[] stamps = new int[1 << 10];
        private int texts;

        int nextText() {
            return ++texts;
        }

        int termOf(char[] chars, int start, int end) {
            int mask = keys.length - 1;
            int slot = hash(chars, start, end) & mask;
            for (char[] key = keys[slot]; key != null; key = keys[slot]) {
                if (Arrays.equals(key, 0, key.length, chars, start, end)) {
                    return termOfKey[slot];
                }
                slot = (slot + 1) & mask;
            }
            int term = number(new String(chars, start, end - start));
            keys[slot] = Arrays.copyOfRange(chars, start, end);
            termOfKey[slot] = term;
            if (++size * 2 > keys.length) {
                grow();
            }
            return term;
        }

        /** The number of the word's term: a new number for a stem not seen before. */
        private int number(String word) {
            if (word.length() <= 1 || Words.isStopWord(word)) {
                return NO_TERM;
            }
            return termNumbers.computeIfAbsent(stemmer.stem(word), stem -> {
                terms.add(stem);
                if (terms.size() > stamps.length) {
                    stamps = Arrays.copyOf(stamps, stamps.length * 2);
                }
                return terms.size() - 1;
            });
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldTerms = termOfKey;
            keys = new char[oldKeys.length * 2][];
            termOfKey = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = hash(oldKeys[i], 0, oldKeys[i].length) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    termOfKey[slot] = oldTerms[i];
                }
            }
        }

        private static int hash(char[] chars, int start, int end) {
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + chars[i];
            }
            return hash ^ (hash >>> 16);
        }
    }
}
