package dk.arkiv.search;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of the static search index, by site path: the dictionary in files with their manifest
 * ({@link Shards}), filters, and the documents in numbered chunks. search.js fetches the manifest
 * with the page, then only the dictionary files of the query's terms and the chunks of the hits it shows.
 *
 * @param files site path to the file's text (JSON)
 * @param documents how many documents the index holds
 */
public record SearchIndex(SortedMap<String, String> files, int documents) {
    public SearchIndex {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }
}
