package dk.arkiv.browser;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildResult;
import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The repository's sample archive, built once, served on loopback and open in one headless
 * Chromium that all browser tests share; closed when the test run ends.
 */
public final class SampleSite implements AutoCloseable {
    private final Path dir;
    private final StaticServer server;
    private final ChromeDriver driver;

    private SampleSite(Path dir) throws IOException {
        this.dir = dir;
        Path site = dir.resolve("site");
        BuildResult result = new Arkiv().build(TestSites.request(TestSites.repository().resolve("content"), site));
        if (!result.succeeded()) {
            throw new IllegalStateException("the sample archive did not build: " + result.diagnostics());
        }
        server = new StaticServer(site);
        driver = Chromium.start(dir.resolve("profile"));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a site path ("soeg/?q=klima") and waits until the page has loaded. */
    public void open(String path) {
        driver.get(server.baseUrl() + path);
    }

    /** A file of the built site, to read or to add to. */
    public Path file(String sitePath) {
        return dir.resolve("site").resolve(sitePath);
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    /** Waits until the search page has shown the outcome of its query. */
    public void awaitSearch() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                        "return performance.getEntriesByName('arkiv-search-done').length > 0"
                                + " || /Ingen|Skriv/.test(document.getElementById('soeg-status').textContent)")));
        driver.findElement(By.id("soeg-status"));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            server.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Gives tests the one shared {@link SampleSite}. */
    public static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SampleSite.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SampleSite.class))
                    .computeIfAbsent(SampleSite.class, k -> {
                        try {
                            return new SampleSite(Files.createTempDirectory("arkiv-browser"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }, SampleSite.class);
        }
    }
}
