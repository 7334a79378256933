package dk.arkiv.site;

import java.util.List;

/**
 * Long dated lists split by year. A page keeps the newest years of its list up to a number of
 * entries (at least the newest year), and each older year gets a page of its own under the page's
 * path. Decades of an archive would otherwise make pages of megabytes, and a save that changes
 * what the lists show of one meeting would render them whole.
 */
final class YearPages {
    /** Entries a page lists at most before its older years move to pages of their own. */
    static final int ENTRIES_ON_PAGE = 200;

    private YearPages() {
    }

    /** How many of the newest years the page itself lists: all of them, or as many as fit, at least one. */
    static <T> int newestYearsOnPage(List<YearGroup<T>> years, int entriesOnPage) {
        int entries = 0;
        for (int i = 0; i < years.size(); i++) {
            entries += years.get(i).entries().size();
            if (entries > entriesOnPage) {
                return Math.max(1, i);
            }
        }
        return years.size();
    }

    /** The links to the pages of the years after the first {@code onPage}, newest first. */
    static <T> List<Link> olderYears(String pagePath, List<YearGroup<T>> years, int onPage) {
        return years.subList(onPage, years.size()).stream()
                .map(y -> new Link(Urls.year(pagePath, y.year()), String.valueOf(y.year()))).toList();
    }
}
