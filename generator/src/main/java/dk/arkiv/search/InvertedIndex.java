package dk.arkiv.search;

import dk.arkiv.site.Json;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which documents each term occurs in, in the title or only in the text, written as one JSON file
 * per shard: {"term":["title postings","text postings"],...} with the terms sorted; see {@link Postings}.
 */
final class InvertedIndex {
    private final Map<String, DocumentList> titles = new HashMap<>();
    private final Map<String, DocumentList> texts = new HashMap<>();

    /** Documents must be added in ascending order; the terms are sorted. */
    void add(int document, String[] titleTerms, String[] textTerms) {
        for (String term : titleTerms) {
            titles.computeIfAbsent(term, t -> new DocumentList()).add(document);
        }
        for (String term : textTerms) {
            if (Arrays.binarySearch(titleTerms, term) < 0) {
                texts.computeIfAbsent(term, t -> new DocumentList()).add(document);
            }
        }
    }

    /** The dictionary as shard files and their manifest, see {@link Shards}. */
    Shards.Split shards(int maxChars) {
        SortedMap<String, String> entries = new TreeMap<>();
        titles.keySet().forEach(t -> entries.put(t, null));
        texts.keySet().forEach(t -> entries.put(t, null));
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String term = entry.getKey();
            StringBuilder json = new StringBuilder("[");
            Json.append(json, encoded(titles.get(term))).append(',');
            Json.append(json, encoded(texts.get(term))).append(']');
            entry.setValue(json.toString());
        }
        return Shards.of(entries, maxChars);
    }

    private static String encoded(DocumentList list) {
        return list == null ? "" : list.encoded();
    }

    /** A growing array of ascending document numbers. */
    static final class DocumentList {
        private int[] documents = new int[4];
        private int size;

        void add(int document) {
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
            }
            documents[size++] = document;
        }

        String encoded() {
            return Postings.encode(documents, size);
        }
    }
}
