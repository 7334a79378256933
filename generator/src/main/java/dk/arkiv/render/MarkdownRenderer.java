package dk.arkiv.render;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.site.Markdown;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Content Markdown to sanitised HTML. Sub-headings inside sections ({@code ####}) become h3, so
 * headings stay in order under the page's h1 and the sections' h2.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Optional<ReferenceLinks> references;
    private final Map<String, PublishedMeeting> meetings;

    /**
     * Decisions appear on several pages (meeting, item, topics, the same matter elsewhere): their
     * HTML is kept for the build. Other texts appear on one page and are not kept; a decision
     * longer than this is not kept either.
     */
    private static final int CACHED_LENGTH = 2_000;
    private final Map<Markdown, Rendered> decisions = new ConcurrentHashMap<>();
    /**
     * The text a thread rendered last. Templates test a text before showing it
     * ({@code <#if s.body?has_content>${s.body}}), and each read renders: this keeps the second
     * from rendering again without keeping every text of the build.
     */
    private final ThreadLocal<Last> last = new ThreadLocal<>();
    /** Whether the page this thread renders has links with the internal scheme, which the page must resolve. */
    private final ThreadLocal<Page> page = ThreadLocal.withInitial(Page::new);

    private record Rendered(String html, boolean internalLinks) {
    }

    private record Last(Markdown markdown, Rendered rendered) {
    }

    private static final class Page {
        boolean internalLinks;
    }

    /** Renders without resolving references; for text outside an archive. */
    public MarkdownRenderer() {
        this(Optional.empty(), Map.of());
    }

    /** Renders with references to the archive's items and meetings made into links. */
    /**
     * Notes whether the document holds raw HTML, drops images (the archive publishes none, and an
     * image from another host would tell it who reads what), and moves sub-headings under the
     * section headings.
     */
    private static final class RawHtmlFinder extends AbstractVisitor {
        boolean found;

        @Override
        public void visit(HtmlBlock html) {
            found = true;
        }

        @Override
        public void visit(HtmlInline html) {
            found = true;
        }

        @Override
        public void visit(Image image) {
            ReferenceLinks.unwrap(image);
        }

        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(6, Math.max(3, heading.getLevel() - 1)));
            visitChildren(heading);
        }
    }

    public MarkdownRenderer(LinkedArchive archive, boolean directoryUrls) {
        this(Optional.of(new ReferenceLinks(archive, directoryUrls)), archive.meetingsByKey());
    }

    private MarkdownRenderer(Optional<ReferenceLinks> references, Map<String, PublishedMeeting> meetings) {
        this.references = references;
        this.meetings = meetings;
        List<Extension> extensions = List.of(TablesExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder().extensions(extensions).sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel", "arkiv")))
                .build();
    }

    public String toHtml(String markdown) {
        return toHtml(markdown, Optional.empty());
    }

    /** Renders text of the content, with references resolved in the meeting it belongs to. */
    public String toHtml(Markdown markdown) {
        Rendered rendered;
        if (markdown.repeated() && markdown.source().length() <= CACHED_LENGTH) {
            rendered = decisions.computeIfAbsent(markdown, m -> rendered(m.source(), m.meetingKey()));
        } else {
            Last previous = last.get();
            if (previous != null && previous.markdown() == markdown) {
                rendered = previous.rendered();
            } else {
                rendered = rendered(markdown.source(), markdown.meetingKey());
                last.set(new Last(markdown, rendered));
            }
        }
        page.get().internalLinks |= rendered.internalLinks();
        return rendered.html();
    }

    /**
     * Starts a page on this thread. Afterwards {@link #internalLinksOnPage} tells whether any text
     * rendered for it has links with the internal scheme ({@link ReferenceLinks#SCHEME}).
     */
    void startPage() {
        page.get().internalLinks = false;
    }

    boolean internalLinksOnPage() {
        return page.get().internalLinks;
    }

    /** @param meetingKey the meeting the text belongs to, whose references are resolved */
    public String toHtml(String markdown, Optional<String> meetingKey) {
        Rendered rendered = rendered(markdown, meetingKey);
        page.get().internalLinks |= rendered.internalLinks();
        return rendered.html();
    }

    private Rendered rendered(String markdown, Optional<String> meetingKey) {
        if (markdown.isBlank()) {
            return new Rendered("", false);
        }
        Optional<PublishedMeeting> meeting = meetingKey.map(meetings::get);
        String prose = Prose.html(markdown);
        if (prose != null && !(meeting.isPresent() && references.isPresent() && references.get().mayLink(markdown))) {
            return new Rendered(prose, false);
        }
        String html = parsedHtml(markdown, meeting);
        return new Rendered(html, html.contains(ReferenceLinks.SCHEME));
    }

    /** The HTML of the parsed Markdown: what {@link Prose#html} must agree with for prose. */
    String parsedHtml(String markdown, Optional<PublishedMeeting> meeting) {
        Node document = parser.parse(markdown);
        ReferenceLinks.unlinkInternalScheme(document);
        meeting.ifPresent(m -> references.ifPresent(r -> r.link(document, m)));
        RawHtmlFinder rawHtml = new RawHtmlFinder();
        document.accept(rawHtml);
        String html = renderer.render(document);
        // Without raw HTML, CommonMark's output is safe by construction: text is escaped and link
        // addresses pass its URL sanitiser. Only raw HTML needs the (much slower) Jsoup cleaning.
        return rawHtml.found ? sanitizer.sanitize(html) : HtmlSanitizer.tidyTables(html);
    }
}
