package dk.arkiv.search;

import dk.arkiv.site.SearchScheme;
import java.util.List;

/**
 * One page as search finds it.
 *
 * @param kind what the page is: one of {@link #ITEM}, {@link #MEETING}, {@link #TOPIC}, {@link #PERSON}
 * @param path the page's site path
 * @param title what the result shows as its link; its words rank above the text's
 * @param context the council and date, or what else places the page ("" when nothing does)
 * @param texts the page's public text, searched and shown as the excerpt: its parts (an item's
 *              introduction, sections and attachments), read as one text with a space between each two
 * @param filters the filter values the page belongs to, see {@link SearchScheme#key}
 */
public record SearchDocument(String kind, String path, String title, String context, List<String> texts,
                             List<String> filters) {
    public static final String ITEM = SearchScheme.ITEM;
    public static final String MEETING = SearchScheme.MEETING;
    public static final String TOPIC = SearchScheme.TOPIC_PAGE;
    public static final String PERSON = SearchScheme.PERSON;

    public SearchDocument {
        texts = List.copyOf(texts);
        filters = List.copyOf(filters);
    }
}
