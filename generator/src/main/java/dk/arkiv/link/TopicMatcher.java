package dk.arkiv.link;

import dk.arkiv.model.Letters;
import dk.arkiv.model.Topic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the topics whose match phrases occur in a text: whole words, case-insensitive, and with
 * Danish endings on the phrase's last word ("Klimaalliancen" also finds "Klimaalliancens").
 * The text is split into words once and each word looked up, so the cost grows with the text,
 * not with the number of topics; a word is hashed as it is read, and only words whose hash
 * belongs to a phrase are made into strings.
 */
public final class TopicMatcher {
    /** Endings of Danish nouns (definite, plural, genitive) that still mean the same word. */
    private static final List<String> ENDINGS = List.of("", "s", "n", "ns", "en", "ens", "et", "ets", "e", "es",
            "r", "rs", "er", "ers", "erne", "ernes", "ne", "nes", "rne", "rnes");

    private record Phrase(String topicId, String[] words) {
    }

    /** Phrases of several words by their first word. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** One-word phrases with every ending, to the topics they name: one look-up per word of the text. */
    private final Map<String, Set<String>> topicsByWordForm = new HashMap<>();
    /**
     * A hash of every word that can start a match (a one-word phrase with any ending, or the first
     * word of a longer one), in an open-addressing table (0 marks a free slot; no hash is 0): other
     * words are skipped without being made into strings. Not a set of boxed numbers: it is asked
     * once per word of every text in the archive.
     */
    private final long[] startHashes;
    private int longestPhrase = 1;

    public TopicMatcher(List<Topic> topics) {
        for (Topic topic : topics) {
            for (String match : topic.match()) {
                List<String> words = words(match);
                longestPhrase = Math.max(longestPhrase, words.size());
                if (words.size() == 1) {
                    for (String ending : ENDINGS) {
                        topicsByWordForm.computeIfAbsent(words.get(0) + ending, k -> new TreeSet<>()).add(topic.id());
                    }
                } else if (words.size() > 1) {
                    byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>())
                            .add(new Phrase(topic.id(), words.toArray(String[]::new)));
                }
            }
        }
        Set<Long> hashes = new TreeSet<>();
        topicsByWordForm.keySet().forEach(word -> hashes.add(hash(word)));
        byFirstWord.keySet().forEach(word -> hashes.add(hash(word)));
        startHashes = new long[Integer.highestOneBit(Math.max(1, hashes.size())) * 4];
        for (long hash : hashes) {
            int slot = slot(hash);
            while (startHashes[slot] != 0) {
                slot = (slot + 1) & (startHashes.length - 1);
            }
            startHashes[slot] = hash;
        }
    }

    private boolean canStartMatch(long hash) {
        for (int slot = slot(hash); startHashes[slot] != 0; slot = (slot + 1) & (startHashes.length - 1)) {
            if (startHashes[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    private int slot(long hash) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (startHashes.length - 1);
    }

    /** The ids of the topics found in the text, sorted. */
    public Set<String> topicsIn(String text) {
        return topicsIn(List.of(text));
    }

    /**
     * The ids of the topics found in any of the texts, sorted. A phrase is found within one text,
     * not across two: a title's last word and the next heading's first are no phrase.
     */
    public Set<String> topicsIn(List<String> texts) {
        Set<String> found = new TreeSet<>();
        if (byFirstWord.isEmpty() && topicsByWordForm.isEmpty()) {
            return found;
        }
        Candidates words = new Candidates();
        for (String text : texts) {
            words.clear();
            findCandidates(text, words);
            for (int i = 0; i < words.size; i++) {
                String word = words.words[i];
                Set<String> topics = topicsByWordForm.get(word);
                if (topics != null) {
                    found.addAll(topics);
                }
                List<Phrase> candidates = byFirstWord.get(word);
                if (candidates != null) {
                    for (Phrase phrase : candidates) {
                        if (words.matchesAt(i, phrase.words)) {
                            found.add(phrase.topicId);
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * The words of a text that may start a match, lowercase, and the words after each of them that
     * may continue a phrase of several words, each with its place among the text's words. Most
     * words are never made into strings.
     */
    private static final class Candidates {
        String[] words = new String[64];
        int[] places = new int[64];
        int size;

        void clear() {
            size = 0;
        }

        void add(String word, int place) {
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                places = Arrays.copyOf(places, size * 2);
            }
            words[size] = word;
            places[size++] = place;
        }

        /** Whether the words from the {@code start}th on are the phrase, its last word with an ending. */
        boolean matchesAt(int start, String[] phrase) {
            int last = start + phrase.length - 1;
            if (last >= size || places[last] != places[start] + phrase.length - 1) {
                return false;
            }
            for (int j = 0; j < phrase.length - 1; j++) {
                if (!phrase[j].equals(words[start + j])) {
                    return false;
                }
            }
            String wanted = phrase[phrase.length - 1];
            return words[last].startsWith(wanted) && ENDINGS.contains(words[last].substring(wanted.length()));
        }
    }

    private void findCandidates(String text, Candidates out) {
        int length = text.length();
        int place = 0;
        int keep = 0;
        int i = 0;
        while (i < length) {
            char lower = Letters.lowerCaseLetterOrDigit(text.charAt(i));
            if (lower == 0) {
                i++;
                continue;
            }
            int start = i;
            long hash = HASH_SEED;
            do {
                hash = nextHash(hash, lower);
                i++;
            } while (i < length && (lower = Letters.lowerCaseLetterOrDigit(text.charAt(i))) != 0);
            if (canStartMatch(finalHash(hash))) {
                keep = longestPhrase;
            }
            // The words after a candidate are kept too: they may continue a phrase of several words.
            if (keep > 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT), place);
            }
            keep--;
            place++;
        }
    }

    private static final long HASH_SEED = 0xcbf29ce484222325L;

    /** FNV-1a over the word's lowercase characters, as {@link #findCandidates} reads them one by one. */
    private static long hash(String lowercaseWord) {
        long hash = HASH_SEED;
        for (int i = 0; i < lowercaseWord.length(); i++) {
            hash = nextHash(hash, Letters.toLowerCase(lowercaseWord.charAt(i)));
        }
        return finalHash(hash);
    }

    private static long nextHash(long hash, char c) {
        return (hash ^ c) * 0x100000001b3L;
    }

    private static long finalHash(long hash) {
        return hash == 0 ? 1 : hash;
    }

    /** Lowercase words: runs of letters and digits. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean wordChar = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }
}
