package dk.arkiv;

import dk.arkiv.content.Diagnostic;
import dk.arkiv.content.Diagnostics;
import dk.arkiv.content.Severity;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.publish.AtomFeeds;
import dk.arkiv.publish.Calendars;
import dk.arkiv.publish.SiteFile;
import dk.arkiv.publish.Sitemap;
import dk.arkiv.render.PageRenderer;
import dk.arkiv.render.TemplateFailure;
import dk.arkiv.site.Page;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.Urls;
import dk.arkiv.write.SiteSink;
import java.util.function.Predicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import dk.arkiv.search.SearchIndexer;
import dk.arkiv.publish.OpenData;

/** Renders the planned pages in parallel and writes them, the assets and the attachments. */
final class SiteWriter {
    private static final String ASSETS_DIR = "assets";

    private final BuildRequest request;
    private final SiteConfig config;
    private final Diagnostics diagnostics;

    private final LinkedArchive archive;

    SiteWriter(BuildRequest request, SiteConfig config, LinkedArchive archive, Diagnostics diagnostics) {
        this.request = request;
        this.config = config;
        this.archive = archive;
        this.diagnostics = diagnostics;
    }

    /** @return the number of files written */
    int write(SitePlan plan, SiteSink output) throws IOException {
        return write(plan, output, page -> true, new BuildProgress());
    }

    /**
     * Writes the site, rendering only the pages that {@code render} selects; the others are in the
     * sink already from an earlier build (the preview server's memory).
     *
     * @return the number of files written
     */
    int write(SitePlan plan, SiteSink output, Predicate<Page> render, BuildProgress progress) throws IOException {
        PageRenderer renderer = new PageRenderer(request.templates(), config, archive);
        AtomicInteger files = new AtomicInteger(1);
        Map<String, List<String>> failedPages = new ConcurrentHashMap<>();
        Map<String, TemplateFailure> failures = new ConcurrentHashMap<>();
        plan.pages().parallelStream().filter(render).forEach(page -> {
            try {
                output.write(page.file(), renderer.render(page).getBytes(StandardCharsets.UTF_8));
                files.incrementAndGet();
                progress.pageRendered();
            } catch (TemplateFailure e) {
                String key = e.template() + ":" + e.line() + ":" + e.column() + ":" + e.getMessage();
                failures.putIfAbsent(key, e);
                failedPages.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(page.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // One template mistake fails many pages: report it once, naming one page and the count.
        failures.forEach((key, e) -> {
            List<String> pages = failedPages.get(key).stream().sorted().toList();
            String where = pages.size() == 1 ? pages.get(0) : pages.get(0) + " and " + (pages.size() - 1) + " more pages";
            diagnostics.add(new Diagnostic(templateName(e.template()), e.line(), e.column(), Severity.ERROR,
                    e.getMessage() + " (while rendering " + where + ")"));
        });
        progress.stageDone("pages");
        files.addAndGet(output.writeWhenAsked("feeds", SiteWriter::isFeedOrCalendar,
                sink -> write(sink, feedsAndCalendars(plan, renderer))));
        progress.stageDone("feeds, calendars, sitemap");
        files.addAndGet(output.writeWhenAsked(Urls.searchIndex(""), this::writeSearchIndex));
        progress.stageDone("search index");
        files.addAndGet(output.writeWhenAsked(Urls.DATA, new OpenData(archive, config)::writeTo));
        progress.stageDone("open data");
        for (SitePlan.PublishedFile file : plan.files()) {
            output.copy(file.sitePath(), request.content().resolve(file.contentPath()));
            files.incrementAndGet();
        }
        files.addAndGet(copyAssets(output));
        progress.stageDone("attachments, assets");
        return files.get();
    }

    private int writeSearchIndex(SiteSink output) throws IOException {
        Map<String, String> index = new SearchIndexer().index(archive).files();
        for (Map.Entry<String, String> file : index.entrySet()) {
            output.write(file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return index.size();
    }

    private static int write(SiteSink output, List<SiteFile> files) throws IOException {
        for (SiteFile file : files) {
            output.write(file.path(), file.bytes());
        }
        return files.size();
    }

    /** The paths feeds, calendars and the sitemap may have; no page has them. */
    private static boolean isFeedOrCalendar(String path) {
        return path.endsWith(".xml") || path.endsWith(".ics") || path.equals(Urls.ROBOTS);
    }

    /** Feeds, calendars and the sitemap. */
    private List<SiteFile> feedsAndCalendars(SitePlan plan, PageRenderer renderer) {
        List<SiteFile> generated = new ArrayList<>();
        generated.addAll(new AtomFeeds(archive, config, renderer.markdown()).files());
        generated.addAll(new Calendars(archive, config).files());
        generated.addAll(Sitemap.files(plan, config));
        return generated;
    }

    private String templateName(String template) {
        return request.templates().resolve(template).toString();
    }

    private int copyAssets(SiteSink output) throws IOException {
        Path assets = request.templates().resolve(ASSETS_DIR);
        if (!Files.isDirectory(assets)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = assets.relativize(file).toString().replace('\\', '/');
            output.copy(Urls.asset(relative), file);
        }
        return files.size();
    }
}
