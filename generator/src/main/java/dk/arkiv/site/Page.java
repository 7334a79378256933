package dk.arkiv.site;

import java.util.List;
import java.util.Map;

/**
 * One page of the site.
 *
 * @param path where it is published, relative to the site root ("hovedstaden/2024-09-06/")
 * @param template the Freemarker template that lays it out
 * @param title the page's title, also in the browser tab
 * @param breadcrumbs the way from the home page to this page, this page excluded
 * @param model what the template shows, by name
 * @param feeds Atom feeds the page announces
 * @param file the file the page is written to, made from {@code path} (kept, because the preview
 *        server looks up every page of a large archive by its file on every save)
 */
public record Page(String path, String template, String title, String description, List<Link> breadcrumbs,
                   Map<String, Object> model, List<Link> feeds, String file) {

    public Page {
        // Always made from the path, whatever is passed.
        file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    public Page(String path, String template, String title, String description, List<Link> breadcrumbs,
                Map<String, Object> model, List<Link> feeds) {
        this(path, template, title, description, breadcrumbs, model, feeds, null);
    }

    public Page(String path, String template, String title, String description, List<Link> breadcrumbs,
                Map<String, Object> model) {
        this(path, template, title, description, breadcrumbs, model, List.of());
    }

    /** The same page, announcing Atom feeds in its head. */
    public Page withFeeds(Link... feeds) {
        return new Page(path, template, title, description, breadcrumbs, model, List.of(feeds));
    }
}
