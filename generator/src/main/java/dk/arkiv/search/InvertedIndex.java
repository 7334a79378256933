package dk.arkiv.search;

import dk.arkiv.site.Json;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which documents each term occurs in, in the title or only in the text, written as one JSON file
 * per shard: {"term":["title postings","text postings"],...} with the terms sorted.
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

    /** Shard key to the shard's JSON. */
    SortedMap<String, String> shards() {
        SortedMap<String, SortedMap<String, String>> byShard = new TreeMap<>();
        TreeMap<String, Boolean> terms = new TreeMap<>();
        titles.keySet().forEach(t -> terms.put(t, true));
        texts.keySet().forEach(t -> terms.put(t, true));
        for (String term : terms.keySet()) {
            StringBuilder entry = new StringBuilder("[");
            Json.append(entry, encoded(titles.get(term))).append(',');
            Json.append(entry, encoded(texts.get(term))).append(']');
            byShard.computeIfAbsent(IndexTerms.shardOf(term), k -> new TreeMap<>()).put(term, entry.toString());
        }
        SortedMap<String, String> files = new TreeMap<>();
        byShard.forEach((shard, entries) -> {
            StringBuilder json = new StringBuilder("{");
            entries.forEach((term, entry) -> {
                if (json.length() > 1) {
                    json.append(",\n");
                }
                Json.append(json, term).append(':').append(entry);
            });
            files.put(shard, json.append("}\n").toString());
        });
        return files;
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
