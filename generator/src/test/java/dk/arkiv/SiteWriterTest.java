package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.Diagnostics;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.site.Page;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.SitePlanner;
import dk.arkiv.site.Urls;
import dk.arkiv.write.SiteSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds, the search index and open data are made alongside the pages; their failures still fail the build. */
class SiteWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFailureInTheFilesMadeAlongsideThePagesFailsTheWriteAndNothingIsWrittenAfterIt() throws IOException {
        Path content = TestSites.copyOfSample(dir);
        BuildRequest request = TestSites.request(content, dir.resolve("site"));
        LinkedArchive linked = new ArchiveLinker().link(new ContentLoader().load(content).archive(), request.now());
        SiteConfig config = new SiteConfig("https://kkr.example.dk/", false, request.now());
        SitePlan plan = new SitePlanner().plan(linked, config);
        FailingSink sink = new FailingSink();

        assertThatThrownBy(() -> new SiteWriter(request, config, linked, new Diagnostics()).write(plan, sink))
                .isInstanceOf(IOException.class).hasMessageContaining("no space left");
        sink.closed.set(true);

        assertThat(sink.written).as("every page was rendered before the failure was reported")
                .containsAll(plan.pages().stream().map(Page::file).toList());
        assertThat(sink.writesAfterClose).isEmpty();
    }

    /** Fails the first open data file; remembers what was written, and whether anything came late. */
    private static final class FailingSink implements SiteSink {
        final Set<String> written = ConcurrentHashMap.newKeySet();
        final List<String> writesAfterClose = new CopyOnWriteArrayList<>();
        final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public void write(String sitePath, byte[] bytes) throws IOException {
            record(sitePath);
        }

        @Override
        public void write(String sitePath, Body body) throws IOException {
            record(sitePath);
            body.writeTo(OutputStream.nullOutputStream());
        }

        @Override
        public void copy(String sitePath, Path source) throws IOException {
            record(sitePath);
        }

        private void record(String sitePath) throws IOException {
            if (closed.get()) {
                writesAfterClose.add(sitePath);
            }
            if (sitePath.startsWith(Urls.DATA)) {
                throw new IOException("no space left on device: " + sitePath);
            }
            written.add(sitePath);
        }
    }
}
