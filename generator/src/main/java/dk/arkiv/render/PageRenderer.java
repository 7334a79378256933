package dk.arkiv.render;

import dk.arkiv.link.LinkedArchive;
import dk.arkiv.model.Site;
import dk.arkiv.site.Link;
import dk.arkiv.site.Page;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.Urls;
import freemarker.core.Environment;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lays out one build's pages with the templates of one templates directory. Thread-safe. */
public final class PageRenderer {
    private static final List<Link> NAVIGATION = List.of(new Link(Urls.MEETINGS, "Møder"),
            new Link(Urls.TOPICS, "Emner"), new Link(Urls.PEOPLE, "Personer"),
            new Link(Urls.MUNICIPALITIES, "Kommuner"), new Link(Urls.PARTIES, "Partier"));

    private final Templates templates;
    /** How templates see this archive's values: Markdown as its HTML, records by their components. */
    private final ArkivObjectWrapper wrapper;
    private final MarkdownRenderer markdown;
    private final SiteConfig config;
    private final SiteView site;
    /** Each rendering thread's page buffer, kept from page to page rather than grown anew for each. */
    private final ThreadLocal<Utf8Writer> buffers = ThreadLocal.withInitial(() -> new Utf8Writer(16 * 1024));

    /** What every page shows of the site: its name, owner and accessibility statement. */
    public record SiteView(String title, String organisation, String language, String accessibilityStatement,
                           List<Link> navigation) {
    }

    /** What every page knows of itself. */
    public record PageView(String path, String title, String description, String canonical, List<Link> breadcrumbs,
                           boolean home, List<Link> feeds) {
    }

    public PageRenderer(Templates templates, SiteConfig config, LinkedArchive archive) {
        this.templates = templates;
        this.config = config;
        Site site = archive.archive().site();
        this.site = new SiteView(site.title(), site.organisation(), site.language(),
                site.accessibilityStatement().orElse(""), NAVIGATION);
        markdown = new MarkdownRenderer(archive, config.directoryUrls());
        wrapper = new ArkivObjectWrapper(Templates.FREEMARKER, markdown);
    }

    /** The Markdown renderer the pages use, for other outputs that show the same text. */
    public MarkdownRenderer markdown() {
        return markdown;
    }

    /** The page's HTML in UTF-8. */
    public byte[] render(Page page) throws TemplateFailure {
        Template template = templates.get(page.template());
        Map<String, Object> root = new HashMap<>(page.model());
        root.put("site", site);
        root.put("page", new PageView(page.path(), page.title(), page.description(),
                config.baseUrl() + page.path(), page.breadcrumbs(), page.path().equals(Urls.HOME), page.feeds()));
        boolean servedAnywhere = page.path().equals(Urls.NOT_FOUND);
        String up = Urls.toRoot(page.path());
        String rootPrefix = servedAnywhere ? hostPath(config.baseUrl()) : Urls.fromRoot(up, "", true);
        root.put("url", new UrlFunction(up, servedAnywhere ? rootPrefix : null, config.directoryUrls()));
        Utf8Writer out = buffers.get();
        out.reset();
        markdown.startPage();
        try {
            // The templates are shared by builds; the values they show are this build's.
            Environment environment = template.createProcessingEnvironment(root, out, wrapper);
            environment.setObjectWrapper(wrapper);
            environment.process();
        } catch (TemplateException e) {
            throw new TemplateFailure(e.getTemplateSourceName() == null ? page.template() : e.getTemplateSourceName(),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 0 : e.getColumnNumber(),
                    TemplateFailure.firstLineOf(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new TemplateFailure(page.template(), 0, 0, String.valueOf(e.getMessage()));
        }
        return markdown.internalLinksOnPage() ? out.toByteArray(INTERNAL_LINK, relativeLink(rootPrefix)) : out.toByteArray();
    }

    private static final byte[] INTERNAL_LINK = ("href=\"" + ReferenceLinks.SCHEME).getBytes(StandardCharsets.UTF_8);

    /**
     * A reference link in rendered Markdown made relative to this page, in its UTF-8 bytes: the
     * attribute is ASCII, so its bytes occur exactly where its characters do.
     */
    private static byte[] relativeLink(String rootPrefix) {
        return ("href=\"" + rootPrefix).getBytes(StandardCharsets.UTF_8);
    }

    /** "/arkiv/" for https://example.org/arkiv/; "/" when the site is at the host's root. */
    static String hostPath(String baseUrl) {
        if (baseUrl.startsWith("http://") || baseUrl.startsWith("https://")) {
            String path = URI.create(baseUrl).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        }
        return baseUrl.startsWith("/") ? baseUrl : "/" + baseUrl;
    }
}
