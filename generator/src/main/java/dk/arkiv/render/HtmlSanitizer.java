package dk.arkiv.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Keeps only what an archive text needs (paragraphs, emphasis, lists, tables, links, sub/sup)
 * and drops everything that can run or restyle: scripts, event handlers, javascript: and data:
 * URLs, iframes, forms, SVG, MathML, style attributes.
 */
public final class HtmlSanitizer {
    /** Relative links are resolved against this only to check them; they stay relative. */
    private static final String CHECK_BASE = "https://arkiv.invalid/";

    private final Cleaner cleaner = new Cleaner(safelist());

    static Safelist safelist() {
        return new Safelist()
                .addTags("p", "br", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "code", "pre",
                        "blockquote", "ul", "ol", "li", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody",
                        "tfoot", "tr", "th", "td", "caption", "a", "abbr", "dl", "dt", "dd")
                .addAttributes("a", "href", "title")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("abbr", "title")
                .addProtocols("a", "href", "http", "https", "mailto", "tel", "arkiv")
                .preserveRelativeLinks(true);
    }

    /** The safe part of an HTML fragment, with tables made readable on narrow screens. */
    public String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, CHECK_BASE);
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return tidyTables(clean.body().html());
    }

    /**
     * Tables scroll on narrow screens, and alignment becomes a class (the align attribute is obsolete
     * in HTML5). Works on the text of safe HTML, whose attributes are always written
     * align="left|center|right" by CommonMark and Jsoup alike.
     */
    static String tidyTables(String html) {
        if (!html.contains("<table")) {
            return html;
        }
        return html.replace("<table>", "<div class=\"table-scroll\"><table>")
                .replace("</table>", "</table></div>")
                .replace(" align=\"left\"", " class=\"align-left\"")
                .replace(" align=\"center\"", " class=\"align-center\"")
                .replace(" align=\"right\"", " class=\"align-right\"");
    }
}
