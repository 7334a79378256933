package dk.arkiv.search;

import dk.arkiv.site.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dictionary split into files that a query can fetch one at a time. A term is keyed by its
 * spelling in ASCII ({@link #key}); terms are first grouped by the first two characters of their
 * key. A group larger than {@link #MAX_CHARS} is split by one character more, again and again
 * while it is too large, so that a query fetches only the few terms near its own. Terms whose key
 * is the whole prefix of a split group stay in that prefix's file.
 *
 * <p>The browser learns the splits from the manifest: {"prefix": "children", ...} for each split
 * prefix, where children are the next characters that have files or further splits, after a "+"
 * when the prefix's own file holds terms. A prefix that is not in the manifest is one file.
 */
final class Shards {
    /** A file grows to about this many characters before it is split; a single term may be larger. */
    static final int MAX_CHARS = 16_000;
    private static final int ROOT_LENGTH = 2;

    private final int maxChars;
    private final SortedMap<String, String> files = new TreeMap<>();
    private final SortedMap<String, String> splits = new TreeMap<>();
    private final Map<String, String> keys = new HashMap<>();

    private Shards(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * A split dictionary.
     *
     * @param files file name (without ".json") to its JSON, {"term":entry,...} with the terms sorted
     * @param splits split prefix to its children, as the manifest has them
     */
    record Split(SortedMap<String, String> files, SortedMap<String, String> splits) {
        /** {"prefix":"+children",...} */
        String manifest() {
            return Json.write(splits) + "\n";
        }
    }

    /** @param entries term to its JSON value, sorted by term */
    static Split of(SortedMap<String, String> entries, int maxChars) {
        Shards shards = new Shards(maxChars);
        SortedMap<String, List<String>> roots = new TreeMap<>();
        for (String term : entries.keySet()) {
            String key = key(term);
            shards.keys.put(term, key);
            roots.computeIfAbsent(key.substring(0, Math.min(ROOT_LENGTH, key.length())), k -> new ArrayList<>()).add(term);
        }
        roots.forEach((prefix, terms) -> shards.place(prefix, terms, entries));
        return new Split(shards.files, shards.splits);
    }

    /** Terms in the order of {@code entries}, all with keys that begin with {@code prefix}. */
    private void place(String prefix, List<String> terms, SortedMap<String, String> entries) {
        long size = 0;
        boolean longer = false;
        for (String term : terms) {
            size += term.length() + entries.get(term).length() + 5;
            longer |= keys.get(term).length() > prefix.length();
        }
        if (size <= maxChars || !longer) {
            files.put(fileName(prefix), json(terms, entries));
            return;
        }
        List<String> own = new ArrayList<>();
        SortedMap<String, List<String>> children = new TreeMap<>();
        for (String term : terms) {
            String key = keys.get(term);
            if (key.length() == prefix.length()) {
                own.add(term);
            } else {
                children.computeIfAbsent(key.substring(0, prefix.length() + 1), k -> new ArrayList<>()).add(term);
            }
        }
        StringBuilder next = new StringBuilder(own.isEmpty() ? "" : "+");
        children.keySet().forEach(child -> next.append(child.charAt(prefix.length())));
        splits.put(prefix, next.toString());
        if (!own.isEmpty()) {
            files.put(fileName(prefix), json(own, entries));
        }
        children.forEach((child, childTerms) -> place(child, childTerms, entries));
    }

    private static String json(List<String> terms, SortedMap<String, String> entries) {
        StringBuilder json = new StringBuilder("{");
        for (String term : terms) {
            if (json.length() > 1) {
                json.append(",\n");
            }
            Json.append(json, term).append(':').append(entries.get(term));
        }
        return json.append("}\n").toString();
    }

    /**
     * A term spelled for file names: æ, ø and å as ae, oe and aa, other letters than a-z and digits
     * as "_". Different terms may share a key ("æble" and "aeble"); a file holds the whole terms.
     */
    static String key(String term) {
        StringBuilder key = new StringBuilder(term.length() + 2);
        for (int i = 0; i < term.length(); i++) {
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

    /**
     * The file of a prefix: "kl", and for longer prefixes a "-" after the first two characters,
     * "kl-ima", so that no file is named like a device Windows reserves (con, nul, com1).
     */
    static String fileName(String prefix) {
        return prefix.length() <= ROOT_LENGTH ? prefix : prefix.substring(0, ROOT_LENGTH) + "-" + prefix.substring(ROOT_LENGTH);
    }
}
