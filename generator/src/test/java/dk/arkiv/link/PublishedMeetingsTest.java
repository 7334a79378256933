package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Published meetings are one per key, in the keys' order, whatever order loading gives. */
class PublishedMeetingsTest {
    @TempDir
    Path dir;

    @Test
    void aCouncilWhoseIdBeginsAnothersSortsByKeyAndKeepsAgendaBesideMinutes() throws IOException {
        Path content = TestSites.minimalContent(dir);
        TestSites.write(content.resolve("councils/nordjylland-vest.yaml"), """
                name: KKR Nordjylland Vest
                region: Region Nordjylland
                municipalities: [Aalborg, Frederikshavn]
                """);
        String minutes = TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY);
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), minutes);
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.dagsorden.md"),
                minutes.replace("kind: referat", "kind: dagsorden"));
        TestSites.write(content.resolve("meetings/nordjylland-vest/2024-09-20.md"),
                minutes.replace("council: nordjylland", "council: nordjylland-vest"));
        ContentLoader.Result loaded = new ContentLoader().load(content);
        assertThat(loaded.diagnostics().hasErrors()).as(loaded.diagnostics().sorted().toString()).isFalse();
        assertThat(loaded.archive().meetings()).extracting(m -> m.councilId())
                .as("loading sorts by council id").startsWith("nordjylland", "nordjylland");

        LinkedArchive linked = new ArchiveLinker().link(loaded.archive(), TestSites.NOW);

        // '-' sorts before '/': the longer id's meeting comes first by key.
        assertThat(linked.meetings()).extracting(PublishedMeeting::key)
                .containsExactly("nordjylland-vest/2024-09-20", "nordjylland/2024-09-20");
        assertThat(linked.meetings().get(1).agenda()).as("the agenda beside the minutes").isPresent();
        assertThat(linked.meetings().get(0).agenda()).isEmpty();
    }
}
