package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildRequest;
import dk.arkiv.BuildResult;
import dk.arkiv.TestSites;
import dk.arkiv.content.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Nothing in the content or on the command line makes the build read or write outside its directories. */
class PathSafetyTest {
    @TempDir
    Path dir;
    Path content;

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
    }

    private BuildResult buildWithAttachment(String file) throws IOException {
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), TestSites.minutes("2024-09-20", "",
                TestSites.MINUTES_BODY).replace("    title: Status fra KlimaNord\n",
                "    title: Status fra KlimaNord\n    attachments:\n      - {title: Bilag, file: '" + file + "'}\n"));
        return new Arkiv().build(TestSites.request(content, dir.resolve("site")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "files/../../secret.txt", "/etc/passwd", "files\\..\\..\\secret.txt",
        "files/missing.pdf"})
    void anAttachmentOutsideContentOrMissingIsAnError(String file) throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        BuildResult result = buildWithAttachment(file);
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("attachment file '" + file + "'"));
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void anAttachmentThatLinksOutsideContentIsAnError() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.createDirectories(content.resolve("files"));
        Files.createSymbolicLink(content.resolve("files/bilag.pdf"), dir.resolve("secret.txt"));
        BuildResult result = buildWithAttachment("files/bilag.pdf");
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("links to a file outside content/"));
    }

    @Test
    void aMeetingFileThatLinksOutsideContentIsNotRead() throws IOException {
        Path outside = dir.resolve("elsewhere.md");
        Files.writeString(outside, TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY));
        Files.createDirectories(content.resolve("meetings/nordjylland"));
        Files.createSymbolicLink(content.resolve("meetings/nordjylland/2024-09-20.md"), outside);
        BuildResult result = new Arkiv().build(TestSites.request(content, dir.resolve("site")));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("outside the content directory"));
    }

    @Test
    void aFolderThatLinksOutsideContentIsNotRead() throws IOException {
        Path outside = dir.resolve("elsewhere");
        Files.createDirectories(outside);
        Files.move(content.resolve("topics/klimaalliancen.md"), outside.resolve("klimaalliancen.md"));
        Files.delete(content.resolve("topics"));
        Files.createSymbolicLink(content.resolve("topics"), outside);
        BuildResult result = new Arkiv().build(TestSites.request(content, dir.resolve("site")));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.file()).endsWith("klimaalliancen.md"))
                .satisfies(d -> assertThat(d.message()).contains("outside the content directory"));
    }

    @Test
    void aLinkToAFileInsideContentIsRead() throws IOException {
        TestSites.write(content.resolve("drafts/2024-09-20.md"), TestSites.minutes("2024-09-20", "",
                TestSites.MINUTES_BODY));
        Files.createDirectories(content.resolve("meetings/nordjylland"));
        Files.createSymbolicLink(content.resolve("meetings/nordjylland/2024-09-20.md"),
                content.resolve("drafts/2024-09-20.md"));
        BuildResult result = new Arkiv().build(TestSites.request(content, dir.resolve("site")));
        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
        assertThat(dir.resolve("site/nordjylland/2024-09-20/index.html")).exists();
    }

    @Test
    void theOutputMayNotBeOrHoldTheContentTheTemplatesOrTheWorkingDirectory() {
        for (Path out : new Path[] {content, dir, content.resolve("site"), TestSites.templates(),
            TestSites.templates().getParent(), Path.of("").toAbsolutePath(), Path.of("")}) {
            BuildResult result = new Arkiv().build(new BuildRequest(content, TestSites.templates(), out,
                    Optional.empty(), false, TestSites.NOW));
            assertThat(result.succeeded()).as(out.toString()).isFalse();
            assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("--out"));
        }
        assertThat(content.resolve("site.yaml")).exists();
    }

    @Test
    void aCouncilCannotTakeTheNameOfOneOfTheSitesOwnSections() throws IOException {
        TestSites.write(content.resolve("councils/emner.yaml"), "name: KKR Emner\nmunicipalities: []\n");
        BuildResult result = new Arkiv().build(TestSites.request(content, dir.resolve("site")));
        assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.message()).startsWith("'emner' cannot be a council id"));
    }

    @Test
    void aBuildKilledBeforeItsSwapLeavesNothingThatTheNextBuildKeeps() throws IOException {
        Path site = dir.resolve("site");
        Path leftover = Files.createDirectories(dir.resolve(".site.building-123"));
        Files.writeString(leftover.resolve("index.html"), "half");
        assertThat(new Arkiv().build(TestSites.request(content, site)).succeeded()).isTrue();
        assertThat(leftover).doesNotExist();
        try (var entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site", ".site.lock");
        }
    }
}
