package dk.arkiv.search;

import dk.arkiv.site.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The dictionary cut into files that a query fetches one or a few of: the terms in their order
 * (Java's and JavaScript's alike, by UTF-16 code unit), cut into consecutive files of about
 * {@link #MAX_CHARS} characters. A term with very many documents may make a file larger.
 *
 * <p>The manifest lists, for each file, the least term it may hold: the shortest beginning of its
 * first term that sorts after the last term of the file before (the first file's bound is "").
 * A term is in the last file whose bound is not after it, so the terms that begin with a query
 * term are in the files from its own to that of the query term followed by U+FFFF, and a shorter
 * term that begins it is in the file of that beginning.
 *
 * <p>A short query term may begin terms that fill many files ("kl", "klima"). For each beginning
 * of two letters or more whose terms would fill more than two files, the index keeps one entry
 * with all their documents (in the title, else in the text), so that such a query fetches one
 * file. The manifest lists these beginnings: {"ord": [bounds], "prefiks": [beginnings]}.
 */
final class Shards {
    /** A file grows to about this many characters before the next begins. */
    static final int MAX_CHARS = 24_000;

    private Shards() {
    }

    /**
     * A dictionary in files.
     *
     * @param files the files' JSON in order, {"term":entry,...}
     * @param bounds the least term of each file, ascending
     * @param prefixes the entries of the beginnings of many terms, by beginning
     */
    record Split(List<String> files, List<String> bounds, SortedMap<String, String> prefixes) {
        Split {
            files = List.copyOf(files);
            bounds = List.copyOf(bounds);
            prefixes = Collections.unmodifiableSortedMap(new TreeMap<>(prefixes));
        }

        /** {"ord":["","ab","af",...],"prefiks":["kl","klima",...]} */
        String manifest() {
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("ord", bounds);
            manifest.put("prefiks", new ArrayList<>(prefixes.keySet()));
            return Json.write(manifest) + "\n";
        }
    }

    /**
     * The beginnings, of two characters or more, of terms whose entries together are longer than
     * {@code chars}.
     *
     * @param entries term to its JSON value, in the terms' order
     */
    static List<String> broadPrefixes(SortedMap<String, String> entries, long chars) {
        List<String> broad = new ArrayList<>();
        List<String> open = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String term = entry.getKey();
            while (!open.isEmpty() && !term.startsWith(open.get(open.size() - 1))) {
                close(open, sizes, broad, chars);
            }
            for (int length = open.isEmpty() ? 2 : open.get(open.size() - 1).length() + 1; length <= term.length(); length++) {
                open.add(term.substring(0, length));
                sizes.add(0L);
            }
            for (int i = 0; i < sizes.size(); i++) {
                sizes.set(i, sizes.get(i) + term.length() + entry.getValue().length() + 5);
            }
        }
        while (!open.isEmpty()) {
            close(open, sizes, broad, chars);
        }
        broad.sort(null);
        return broad;
    }

    private static void close(List<String> open, List<Long> sizes, List<String> broad, long chars) {
        String prefix = open.remove(open.size() - 1);
        if (sizes.remove(sizes.size() - 1) > chars) {
            broad.add(prefix);
        }
    }

    /**
     * @param entries term to its JSON value, in the terms' order
     * @param prefixes beginning to the JSON value of all its terms
     */
    static Split of(SortedMap<String, String> entries, SortedMap<String, String> prefixes, int maxChars) {
        List<String> files = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        String last = null;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String term = entry.getKey();
            if (file.length() > 0 && file.length() + term.length() + entry.getValue().length() + 5 > maxChars) {
                files.add(file.append("}\n").toString());
                file.setLength(0);
            }
            if (file.length() == 0) {
                bounds.add(last == null ? "" : bound(last, term));
                file.append('{');
            } else {
                file.append(",\n");
            }
            Json.append(file, term).append(':').append(entry.getValue());
            last = term;
        }
        if (file.length() > 0) {
            files.add(file.append("}\n").toString());
        }
        return new Split(files, bounds, prefixes);
    }

    /** The shortest beginning of {@code first} that sorts after {@code previous}. */
    private static String bound(String previous, String first) {
        for (int length = 1; length < first.length(); length++) {
            if (first.substring(0, length).compareTo(previous) > 0) {
                return first.substring(0, length);
            }
        }
        return first;
    }
}
