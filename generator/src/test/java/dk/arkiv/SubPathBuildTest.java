package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A site published under a sub-path (https://example.org/arkiv/) works there: every link resolves. */
class SubPathBuildTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "directory URLs: {0}")
    @ValueSource(booleans = {false, true})
    void everyLinkResolvesUnderTheSubPath(boolean directoryUrls) throws IOException {
        Path site = dir.resolve("site");
        BuildResult result = new Arkiv().build(new BuildRequest(TestSites.repository().resolve("content"),
                TestSites.templates(), site, Optional.of("https://example.org/arkiv/"), directoryUrls, TestSites.NOW));
        assertThat(result.succeeded()).isTrue();
        assertThat(new LinkChecker(site, "/arkiv/").brokenLinks()).isEmpty();
        String page = Files.readString(site.resolve("midtjylland/2024-09-06/index.html"));
        assertThat(page).contains("<link rel=\"canonical\" href=\"https://example.org/arkiv/midtjylland/2024-09-06/\">");
        assertThat(page).contains(directoryUrls ? "href=\"../../emner/\"" : "href=\"../../emner/index.html\"");
        assertThat(Files.readString(site.resolve("404.html"))).contains("href=\"/arkiv/assets/arkiv.css\"");
    }
}
