package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildResult;
import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closed items and unpublished meetings: canary words placed in every part of them must appear in
 * no file of the built site, whatever kind of file it is.
 */
class PrivateContentTest {
    private static final String CLOSED = "KANARIELUKKET";
    private static final String DRAFT = "KANARIEKLADDE";
    private static final String FUTURE = "KANARIEFREMTID";

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.minimalContent(dir);
        TestSites.write(content.resolve("files/2024/lukket.pdf"), "%PDF " + CLOSED);
        String closedItem = """
                  - number: "3.1"
                    title: Personalesag
                    closed: true
                    initials: %1$s
                    attachments:
                      - {title: Bilag %1$s, file: files/2024/lukket.pdf}
                """.formatted(CLOSED);
        String closedText = """

                # 3. Lukkede punkter

                ## 3.1. Personalesag

                Indledning %1$s om KlimaNord.

                ### Baggrund

                %1$s er fortroligt, jf. punkt 1.1.

                ### Beslutning

                Beslutning %1$s.
                """.formatted(CLOSED);
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"),
                TestSites.minutes("2024-09-20", closedItem, TestSites.MINUTES_BODY + closedText));
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-20.md"),
                TestSites.minutes("2024-10-20", "draft: true\n", TestSites.MINUTES_BODY.replace("Dagsordenen blev godkendt.", DRAFT)));
        TestSites.write(content.resolve("meetings/nordjylland/2024-11-20.md"),
                TestSites.minutes("2024-11-20", "publish_from: 2030-01-01T12:00\n",
                        TestSites.MINUTES_BODY.replace("Dagsordenen blev godkendt.", FUTURE)));
        site = dir.resolve("site");
        result = new Arkiv().build(TestSites.request(content, site));
    }

    @Test
    void theArchiveBuilds() {
        assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
    }

    @Test
    void noFileOfTheSiteContainsTheCanaries() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String canary : List.of(CLOSED, DRAFT, FUTURE)) {
                    if (text.contains(canary)) {
                        leaks.add(site.relativize(file) + " contains " + canary);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void searchIndexAndOpenDataHoldNoTermOfTheCanaries() throws IOException {
        assertThat(site.resolve("data/archive.json")).isRegularFile();
        assertThat(site.resolve("soeg/indeks")).isDirectory();
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(site.resolve("soeg/indeks")), Files.walk(site.resolve("data")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file).toLowerCase(java.util.Locale.ROOT);
                for (String canary : List.of(CLOSED, DRAFT, FUTURE)) {
                    // The index holds stems: "kanarieluk" would be the stem of a canary.
                    String stem = new dk.arkiv.search.DanishStemmer().stem(canary.toLowerCase(java.util.Locale.ROOT));
                    if (text.contains(stem)) {
                        leaks.add(site.relativize(file) + " contains " + stem);
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void aClosedItemShowsItsNumberAndTitleOnly() throws IOException {
        String page = Files.readString(site.resolve("nordjylland/2024-09-20/3-1/index.html"));
        assertThat(page).contains("Personalesag", "Lukket punkt");
        assertThat(site.resolve("files/2024/lukket.pdf")).doesNotExist();
    }

    @Test
    void draftsAndMeetingsBeforeTheirPublishingTimeHaveNoPages() {
        assertThat(site.resolve("nordjylland/2024-10-20")).doesNotExist();
        assertThat(site.resolve("nordjylland/2024-11-20")).doesNotExist();
    }

    @Test
    void aClosedItemsTextDoesNotTagItWithTopics() throws IOException {
        String topic = Files.readString(site.resolve("emner/klimaalliancen/index.html"));
        assertThat(topic).doesNotContain("Personalesag");
    }
}
