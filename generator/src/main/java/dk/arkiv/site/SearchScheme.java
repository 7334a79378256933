package dk.arkiv.site;

/**
 * What the search page and the search index agree on. A filter is a form field and a value, "raad"
 * and "hovedstaden", kept in the index as the list "raad-hovedstaden"; documents are fetched in
 * chunks of a fixed size.
 */
public final class SearchScheme {
    /**
     * Documents per chunk file of the index. The ten results of a page are seldom neighbours (on
     * 5,000 meetings they lay in ten different chunks), so a page fetches about ten chunks whatever
     * their size: eight documents make each about 4 kB.
     */
    public static final int DOCUMENTS_PER_CHUNK = 8;

    public static final String KIND = "type";
    public static final String COUNCIL = "raad";
    public static final String TOPIC = "emne";
    public static final String YEAR = "aar";

    /** The kinds of page that search finds. */
    public static final String ITEM = "punkt";
    public static final String MEETING = "moede";
    public static final String TOPIC_PAGE = "emne";
    public static final String PERSON = "person";

    private SearchScheme() {
    }

    /** The name of the filter's list of documents in the index: "raad-hovedstaden". */
    public static String key(String field, String value) {
        return field + "-" + value;
    }
}
