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
import dk.arkiv.render.Templates;
import dk.arkiv.site.Page;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.Urls;
import dk.arkiv.write.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        return write(plan, output, new Templates(request.templates()), plan.pages(), new BuildProgress());
    }

    /**
     * Writes the site, rendering only the pages {@code toRender} of the plan; the others are in the
     * sink already from an earlier build (the preview server's memory), with templates that may
     * have been parsed for an earlier build.
     *
     * @return the number of files written
     */
    int write(SitePlan plan, SiteSink output, Templates templates, Collection<Page> toRender, BuildProgress progress)
            throws IOException {
        PageRenderer renderer = new PageRenderer(templates, config, archive);
        // Feeds, the search index and open data need the archive, not the pages: they are made
        // alongside the pages, so that one side's serial parts leave no core idle.
        ExecutorService alongside = Executors.newSingleThreadExecutor(SiteWriter::daemon);
        Future<Derived> derived = alongside.submit(() -> writeDerived(plan, output, renderer));
        alongside.shutdown();
        int files;
        try {
            files = 1 + writePages(toRender, output, progress, renderer);
        } finally {
            awaitQuietly(derived);
        }
        progress.stageDone("pages");
        Derived made = result(derived);
        made.times().forEach(progress::stageAlongside);
        files += made.files();
        for (SitePlan.PublishedFile file : plan.files()) {
            output.copy(file.sitePath(), request.content().resolve(file.contentPath()));
            files++;
        }
        files += copyAssets(output);
        progress.stageDone("attachments, assets");
        return files;
    }

    /** Renders the pages in parallel; returns how many it wrote. */
    private int writePages(Collection<Page> toRender, SiteSink output, BuildProgress progress, PageRenderer renderer) {
        AtomicInteger files = new AtomicInteger();
        Map<String, List<String>> failedPages = new ConcurrentHashMap<>();
        Map<String, TemplateFailure> failures = new ConcurrentHashMap<>();
        toRender.parallelStream().forEach(page -> {
            try {
                output.write(page.file(), renderer.render(page));
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
        return files.get();
    }

    /** What the files derived from the whole archive took: how many, and each kind's time in order. */
    private record Derived(int files, Map<String, Long> times) {
    }

    private Derived writeDerived(SitePlan plan, SiteSink output, PageRenderer renderer) throws IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        long start = System.nanoTime();
        int files = output.writeWhenAsked("feeds", SiteWriter::isFeedOrCalendar,
                sink -> write(sink, feedsAndCalendars(plan, renderer)));
        start = lap(times, "feeds, calendars, sitemap", start);
        files += output.writeWhenAsked(Urls.searchIndex(""), this::writeSearchIndex);
        start = lap(times, "search index", start);
        files += output.writeWhenAsked(Urls.DATA, new OpenData(archive, config)::writeTo);
        lap(times, "open data", start);
        return new Derived(files, times);
    }

    private static long lap(Map<String, Long> times, String name, long start) {
        long now = System.nanoTime();
        times.put(name, (now - start) / 1_000_000);
        return now;
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "arkiv-derived-files");
        thread.setDaemon(true);
        return thread;
    }

    /** Waits for the derived files even when the pages failed: nothing may write into the site afterwards. */
    private static void awaitQuietly(Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // Reported by result() when the pages succeeded.
        }
    }

    private static Derived result(Future<Derived> derived) throws IOException {
        try {
            return derived.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the build was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
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
