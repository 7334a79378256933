package dk.arkiv.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteOutputTest {
    @TempDir
    Path dir;

    private void buildSite(Path out, String text) throws Exception {
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("index.html", text.getBytes(StandardCharsets.UTF_8));
            output.commit();
        }
    }

    @Test
    void aCommittedSiteReplacesThePreviousOneWhole() throws Exception {
        Path out = dir.resolve("site");
        buildSite(out, "first");
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("other.html", new byte[0]);
            output.write("index.html", "second".getBytes(StandardCharsets.UTF_8));
            output.commit();
        }
        assertThat(out.resolve("index.html")).hasContent("second");
        assertOnlySiteAndLockRemain(out);
    }

    @Test
    void thePublishedSiteCanBeReadByOthersAsAnyNewDirectoryCan() throws Exception {
        Path out = dir.resolve("site");
        buildSite(out, "one");
        Path ordinary = Files.createDirectory(dir.resolve("ordinary"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aSiteThatIsNotCommittedLeavesThePreviousOneAndNoTraces() throws Exception {
        Path out = dir.resolve("site");
        buildSite(out, "first");
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(out.resolve("index.html")).hasContent("first");
        assertOnlySiteAndLockRemain(out);
    }

    /** No staging or previous directory is left; the lock file stays by design. */
    private void assertOnlySiteAndLockRemain(Path out) throws IOException {
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactlyInAnyOrder(out, dir.resolve(".site.lock"));
        }
    }

    @Test
    void anOutputThatAnotherBuildIsWritingIsRefused() throws Exception {
        Path out = dir.resolve("site");
        try (SiteOutput first = SiteOutput.begin(out)) {
            assertThatThrownBy(() -> SiteOutput.begin(out)).isInstanceOf(OutputRefused.class)
                    .hasMessageContaining("another build");
        }
    }

    @Test
    void aPathOutsideTheSiteIsRefused() throws Exception {
        try (SiteOutput output = SiteOutput.begin(dir.resolve("site"))) {
            assertThatThrownBy(() -> output.write("../escape.html", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @Test
    void aFileIsNotReplacedByASite() throws IOException {
        Path file = dir.resolve("site");
        Files.writeString(file, "x");
        assertThatThrownBy(() -> SiteOutput.begin(file)).isInstanceOf(OutputRefused.class);
    }

    @Test
    void anEmptyDirectoryMayBeUsed() throws Exception {
        Path out = Files.createDirectory(dir.resolve("site"));
        buildSite(out, "first");
        assertThat(out.resolve(SiteOutput.MARKER)).isRegularFile();
    }
}
