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
    void aFileWithThePreviousBytesIsTheVeryFileOfThePreviousSite() throws Exception {
        Path out = dir.resolve("site");
        Path attachment = Files.writeString(Files.createDirectory(dir.resolve("content")).resolve("bilag.pdf"), "%PDF");
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("same.html", "same".getBytes(StandardCharsets.UTF_8));
            output.write("changed.html", "before".getBytes(StandardCharsets.UTF_8));
            output.copy("bilag.pdf", attachment);
            output.commit();
        }
        Object sameFile = fileKey(out.resolve("same.html"));
        Object changedFile = fileKey(out.resolve("changed.html"));
        Object attachmentFile = fileKey(out.resolve("bilag.pdf"));
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("same.html", "same".getBytes(StandardCharsets.UTF_8));
            output.write("changed.html", "after!".getBytes(StandardCharsets.UTF_8));
            output.copy("bilag.pdf", attachment);
            output.commit();
        }
        assertThat(fileKey(out.resolve("same.html"))).isEqualTo(sameFile);
        assertThat(fileKey(out.resolve("bilag.pdf"))).isEqualTo(attachmentFile);
        assertThat(fileKey(out.resolve("changed.html"))).isNotEqualTo(changedFile);
        assertThat(out.resolve("same.html")).hasContent("same");
        assertThat(out.resolve("changed.html")).hasContent("after!");
        Files.delete(attachment);
        Files.delete(attachment.getParent());
        assertOnlySiteAndLockRemain(out);
    }

    @Test
    void writingAPathAgainNeverChangesThePreviousSite() throws Exception {
        Path out = dir.resolve("site");
        buildSite(out, "first");
        try (SiteOutput output = SiteOutput.begin(out)) {
            output.write("index.html", "first".getBytes(StandardCharsets.UTF_8));
            output.write("index.html", "second".getBytes(StandardCharsets.UTF_8));
            assertThat(out.resolve("index.html")).hasContent("first");
            output.write("index.html", os -> os.write("third".getBytes(StandardCharsets.UTF_8)));
            assertThat(out.resolve("index.html")).hasContent("first");
        }
        assertThat(out.resolve("index.html")).hasContent("first");
    }

    @Test
    void aFileOfTheSameSizeButOtherBytesIsWrittenAnew() throws Exception {
        Path out = dir.resolve("site");
        buildSite(out, "abc");
        Object before = fileKey(out.resolve("index.html"));
        buildSite(out, "abd");
        assertThat(out.resolve("index.html")).hasContent("abd");
        assertThat(fileKey(out.resolve("index.html"))).isNotEqualTo(before);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
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
