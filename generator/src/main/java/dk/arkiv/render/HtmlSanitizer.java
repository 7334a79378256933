package dk.arkiv.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        for (Element cell : clean.select("th[align], td[align]")) {
            cell.addClass("align-" + cell.attr("align"));
            cell.removeAttr("align");
        }
        for (Element table : clean.select("table")) {
            table.wrap("<div class=\"table-scroll\"></div>");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
