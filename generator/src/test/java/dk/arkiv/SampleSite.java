package dk.arkiv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The repository's content/ built once per test run, for tests that only read the site. */
public final class SampleSite {
    private static Path site;
    private static BuildResult result;

    private SampleSite() {
    }

    public static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("arkiv-sample-");
                site = dir.resolve("site");
                result = new Arkiv().build(TestSites.request(TestSites.repository().resolve("content"), site));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    public static synchronized BuildResult result() {
        site();
        return result;
    }

    /** The page at a site path such as "midtjylland/2024-09-06/3-4/". */
    public static Document page(String path) {
        Path file = site().resolve(path).resolve("index.html");
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://kkr.example.dk/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort at exit: the directory is in the system's temp space.
        }
    }
}
