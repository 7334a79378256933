package dk.arkiv.search;

import dk.arkiv.site.Json;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which documents each term occurs in, in the title or only in the text, written as dictionary
 * files of {"term":["title postings","text postings"],...}; see {@link Shards} and {@link Postings}.
 */
final class InvertedIndex {
    private final Map<String, DocumentList> titles = new HashMap<>();
    private final Map<String, DocumentList> texts = new HashMap<>();

    /** Documents must be added in ascending order, each term once. */
    void add(int document, String[] titleTerms, String[] textTerms) {
        for (String term : titleTerms) {
            titles.computeIfAbsent(term, t -> new DocumentList()).add(document);
        }
        for (String term : textTerms) {
            DocumentList inTitles = titles.get(term);
            if (inTitles == null || inTitles.last() != document) {
                texts.computeIfAbsent(term, t -> new DocumentList()).add(document);
            }
        }
    }

    /**
     * The dictionary as files of about {@code maxChars} characters, and for each beginning of terms
     * whose terms would fill more than two files, their documents as one entry; see {@link Shards}.
     */
    Shards.Split shards(int maxChars) {
        SortedMap<String, String> entries = new TreeMap<>();
        titles.keySet().forEach(t -> entries.put(t, null));
        texts.keySet().forEach(t -> entries.put(t, null));
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            entry.setValue(entry(titles.get(entry.getKey()), texts.get(entry.getKey())));
        }
        SortedMap<String, String> prefixes = new TreeMap<>();
        for (String prefix : Shards.broadPrefixes(entries, 2L * maxChars)) {
            BitSet title = new BitSet();
            BitSet text = new BitSet();
            for (String term : entries.subMap(prefix, prefix + Character.MAX_VALUE).keySet()) {
                addTo(title, titles.get(term));
                addTo(text, texts.get(term));
            }
            text.andNot(title);
            prefixes.put(prefix, entry(DocumentList.of(title), DocumentList.of(text)));
        }
        return Shards.of(entries, prefixes, maxChars);
    }

    private static String entry(DocumentList title, DocumentList text) {
        StringBuilder json = new StringBuilder("[");
        Json.append(json, encoded(title)).append(',');
        return Json.append(json, encoded(text)).append(']').toString();
    }

    private static void addTo(BitSet documents, DocumentList list) {
        for (int i = 0; list != null && i < list.size; i++) {
            documents.set(list.documents[i]);
        }
    }

    private static String encoded(DocumentList list) {
        return list == null ? "" : list.encoded();
    }

    /** A growing array of ascending document numbers. */
    static final class DocumentList {
        private int[] documents = new int[4];
        private int size;

        static DocumentList of(BitSet documents) {
            DocumentList list = new DocumentList();
            documents.stream().forEach(list::add);
            return list;
        }

        void add(int document) {
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
            }
            documents[size++] = document;
        }

        /** The last document added, or -1. */
        int last() {
            return size == 0 ? -1 : documents[size - 1];
        }

        String encoded() {
            return Postings.encode(documents, size);
        }
    }
}
