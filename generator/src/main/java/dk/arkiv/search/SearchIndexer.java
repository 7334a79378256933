package dk.arkiv.search;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.site.Json;
import dk.arkiv.site.SearchScheme;
import dk.arkiv.site.Urls;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The search stage: the linked archive's pages as a static index that the browser queries. */
public final class SearchIndexer {
    private static final int CHUNK_SIZE = SearchScheme.DOCUMENTS_PER_CHUNK;
    /** Characters of text kept for the excerpt under each result. */
    static final int EXCERPT_LENGTH = 360;

    private final int shardChars;

    public SearchIndexer() {
        this(Shards.MAX_CHARS);
    }

    /** An indexer that splits the dictionary into files of about {@code shardChars} characters. */
    public SearchIndexer(int shardChars) {
        this.shardChars = shardChars;
    }

    public SearchIndex index(LinkedArchive archive) {
        IndexTerms indexTerms = new IndexTerms();
        List<Indexed> documents = new SearchDocuments(archive).all(d -> Indexed.of(d, indexTerms));
        InvertedIndex inverted = new InvertedIndex();
        SortedMap<String, InvertedIndex.DocumentList> filters = new TreeMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Indexed document = documents.get(i);
            inverted.add(i, document.titleTerms(), document.textTerms());
            for (String filter : document.filters()) {
                filters.computeIfAbsent(filter, f -> new InvertedIndex.DocumentList()).add(i);
            }
        }
        SortedMap<String, String> files = new TreeMap<>();
        Shards.Split shards = inverted.shards(shardChars);
        for (int i = 0; i < shards.files().size(); i++) {
            files.put(Urls.searchIndex("ord/" + i + ".json"), shards.files().get(i));
        }
        int prefix = 0;
        for (String json : shards.prefixes().values()) {
            files.put(Urls.searchIndex("prefiks/" + prefix++ + ".json"), json + "\n");
        }
        files.put(Urls.searchIndex("opdeling.json"), shards.manifest());
        filters.forEach((filter, list) -> files.put(Urls.searchIndex("filtre/" + filter + ".json"),
                Json.string(list.encoded()) + "\n"));
        for (int start = 0; start < documents.size(); start += CHUNK_SIZE) {
            files.put(Urls.searchIndex("dok/" + start / CHUNK_SIZE + ".json"),
                    chunk(documents.subList(start, Math.min(documents.size(), start + CHUNK_SIZE))));
        }
        return new SearchIndex(files, documents.size());
    }

    /**
     * A document as the index keeps it: an excerpt instead of its whole text, and its terms as
     * arrays of shared strings (a set per document would outgrow the heap on a large archive).
     */
    private record Indexed(String kind, String path, String title, String context, String excerpt,
                           List<String> filters, String[] titleTerms, String[] textTerms) {
        static Indexed of(SearchDocument d, IndexTerms terms) {
            return new Indexed(d.kind(), d.path(), d.title(), d.context(), SearchIndexer.excerpt(d.texts()), d.filters(),
                    terms.of(d.title()), terms.of(d.texts()));
        }
    }

    /** [[kind, path, title, context, excerpt], ...] */
    private static String chunk(List<Indexed> documents) {
        StringBuilder json = new StringBuilder("[");
        for (Indexed d : documents) {
            json.append(json.length() > 1 ? ",\n[" : "[");
            for (String field : List.of(d.kind(), d.path(), d.title(), d.context())) {
                Json.append(json, field).append(',');
            }
            Json.append(json, d.excerpt()).append(']');
        }
        return json.append("]\n").toString();
    }

    /** The start of the text, cut between words. */
    /** The excerpt of the texts read as one, with a space between each two; only its beginning is joined. */
    static String excerpt(List<String> texts) {
        StringBuilder start = new StringBuilder();
        for (int t = 0; t < texts.size() && start.length() <= EXCERPT_LENGTH; t++) {
            if (t > 0) {
                start.append(' ');
            }
            start.append(texts.get(t));
        }
        return excerpt(start.length() <= EXCERPT_LENGTH ? start.toString() : start.substring(0, EXCERPT_LENGTH + 1));
    }

    static String excerpt(String text) {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + " …";
    }
}
