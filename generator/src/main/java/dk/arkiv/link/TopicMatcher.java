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
 * not with the number of topics.
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
     * The first letters of every word that can start a match, packed, in an open-addressing table
     * (0 marks a free slot; no packed start is 0): other words are skipped unread. Not a set of
     * boxed numbers: it is asked once per word of every text in the archive.
     */
    private final long[] starts;
    private int longestPhrase = 1;

    public TopicMatcher(List<Topic> topics) {
        Set<Long> startSet = new TreeSet<>();
        for (Topic topic : topics) {
            for (String match : topic.match()) {
                List<String> words = words(match);
                if (!words.isEmpty()) {
                    startSet.add(start(words.get(0), 0, words.get(0).length()));
                    longestPhrase = Math.max(longestPhrase, words.size());
                }
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
        starts = new long[Integer.highestOneBit(Math.max(1, startSet.size())) * 4];
        for (long start : startSet) {
            int slot = slot(start);
            while (starts[slot] != 0) {
                slot = (slot + 1) & (starts.length - 1);
            }
            starts[slot] = start;
        }
    }

    private boolean canStartMatch(long start) {
        for (int slot = slot(start); starts[slot] != 0; slot = (slot + 1) & (starts.length - 1)) {
            if (starts[slot] == start) {
                return true;
            }
        }
        return false;
    }

    private int slot(long start) {
        long mixed = start * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (starts.length - 1);
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
        int start = -1;
        int place = 0;
        int keep = 0;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            boolean wordChar = i < length && Letters.isLetterOrDigit(text.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                if (canStartMatch(start(text, start, i))) {
                    keep = longestPhrase;
                }
                // The words after a candidate are kept too: they may continue a phrase of several words.
                if (keep > 0) {
                    out.add(text.substring(start, i).toLowerCase(Locale.ROOT), place);
                }
                keep--;
                place++;
                start = -1;
            }
        }
    }

    /** The first three letters of a word, lowercase, packed into a number. */
    private static long start(String text, int from, int to) {
        long key = Math.min(3, to - from);
        for (int i = from; i < Math.min(to, from + 3); i++) {
            key = key * 65_536 + Letters.toLowerCase(text.charAt(i));
        }
        return key;
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
