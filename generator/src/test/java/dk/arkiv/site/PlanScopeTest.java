package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.LoadCache;
import dk.arkiv.link.ArchiveLinker;
import dk.arkiv.link.LinkCache;
import dk.arkiv.link.LinkedArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a save touches, on the sample archive. Whether the pages in scope come out as a fresh build
 * makes them is IncrementalPreviewTest's part; this test checks that the scope stays narrow, which
 * no output shows: a page planned again for nothing is simply not rendered.
 */
class PlanScopeTest {
    private static final String MEETING = "hovedstaden/2024-09-06";

    @TempDir
    Path dir;
    Path content;
    final LoadCache loadCache = new LoadCache();
    final ArchiveLinker linker = new ArchiveLinker(LinkCache.acrossBuilds());
    LinkedArchive before;

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.copyOfSample(dir);
        before = link();
    }

    private LinkedArchive link() {
        ContentLoader.Result loaded = new ContentLoader().load(content, loadCache);
        assertThat(loaded.diagnostics().hasErrors()).as(loaded.diagnostics().toString()).isFalse();
        return linker.link(loaded.archive(), TestSites.NOW);
    }

    private PlanScope scopeOfSave(String text, String replacement) throws IOException {
        return scopeOfSave(MEETING, text, replacement);
    }

    private PlanScope scopeOfSave(String meeting, String text, String replacement) throws IOException {
        Path file = content.resolve("meetings/" + meeting + ".md");
        String saved = Files.readString(file);
        assertThat(saved).as("the text to edit").contains(text);
        Files.writeString(file, saved.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(replacement)));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        return PlanScope.of(before, link(), Set.of(meeting), List.of());
    }

    @Test
    void aNewTitleTouchesTheTopicsOfThatItemOnly() throws IOException {
        PlanScope scope = scopeOfSave("title: Klimaalliancen og status på indsatser",
                "title: Klimaalliancen og status på indsatserne");
        assertThat(scope.meeting(MEETING)).isTrue();
        assertThat(scope.topic("klimaalliancen")).isTrue();
        assertThat(scope.topic("mobilitet")).as("the topic of another item of the meeting").isFalse();
        assertThat(scope.topic("groent-danmark")).isFalse();
    }

    @Test
    void aNewTextTouchesTheMeetingsOwnPagesOnly() throws IOException {
        PlanScope scope = scopeOfSave("### Baggrund\n", "### Baggrund\n\nEn ny sætning.\n");
        assertThat(scope.meeting(MEETING)).isTrue();
        assertThat(scope.topic("klimaalliancen")).isFalse();
        assertThat(before.meetings()).filteredOn(m -> !m.key().equals(MEETING))
                .allSatisfy(m -> assertThat(scope.meeting(m.key())).as(m.key()).isFalse());
    }

    @Test
    void aNewPlaceTouchesTheMeetingsOwnPagesOnly() throws IOException {
        PlanScope scope = scopeOfSave("place: \"Glostrup", "place: \"Sal 2, Glostrup");
        assertThat(scope.meeting(MEETING)).isTrue();
        assertThat(scope.topic("klimaalliancen")).as("lists do not show the place").isFalse();
        assertThat(before.meetings()).filteredOn(m -> !m.key().equals(MEETING))
                .allSatisfy(m -> assertThat(scope.meeting(m.key())).as(m.key()).isFalse());
    }

    @Test
    void aNewPartyTouchesThatPersonAndThePlacesTheyAreListedUnderOnly() throws IOException {
        String minutes = "midtjylland/2024-09-06";
        PlanScope scope = scopeOfSave(minutes, "{name: Lone Jakobi, party: A, municipality: Odder}",
                "{name: Lone Jakobi, party: F, municipality: Odder}");
        assertThat(scope.meeting(minutes)).isTrue();
        assertThat(scope.person("lone-jakobi")).isTrue();
        assertThat(scope.party("A")).isTrue();
        assertThat(scope.party("F")).isTrue();
        assertThat(scope.municipality("odder")).isTrue();
        assertThat(scope.council("midtjylland")).isTrue();
        assertThat(scope.list(Urls.PARTIES)).isTrue();
        assertThat(scope.person("torben-hansen")).as("another attendee").isFalse();
        assertThat(scope.party("V")).isFalse();
        assertThat(scope.municipality("randers")).isFalse();
        assertThat(scope.list(Urls.MEETINGS)).as("the list of meetings shows no attendance").isFalse();
        assertThat(before.meetings()).filteredOn(m -> !m.key().equals(minutes))
                .allSatisfy(m -> assertThat(scope.meeting(m.key())).as(m.key()).isFalse());
    }

    @Test
    void aNewKindTouchesEveryItemsTopics() throws IOException {
        PlanScope scope = scopeOfSave("kind: dagsorden", "kind: referat");
        assertThat(scope.topic("klimaalliancen")).as("topic pages list the meeting's kind").isTrue();
        assertThat(scope.topic("mobilitet")).isTrue();
    }

    @Test
    void anAddedMeetingTouchesItsNeighboursCouncilAndTheMeetingsNamingItNotEverything() throws IOException {
        Path naming = content.resolve("meetings/" + MEETING + ".md");
        Files.writeString(naming, Files.readString(naming).replaceFirst("### Baggrund\n",
                "### Baggrund\n\nSom drøftet på KKR Nordjyllands møde den 21. juni 2024.\n"));
        before = link();
        String added = "nordjylland/2024-06-21";
        Files.writeString(content.resolve("meetings/" + added + ".md"), Files.readString(
                content.resolve("meetings/nordjylland/2024-09-20.md")).replace("2024-09-20", "2024-06-21"));
        LinkedArchive after = link();
        assertThat(after.meetingsNaming(Set.of(added))).as("the sample minutes name it too")
                .containsExactly(MEETING, "nordjylland/2024-09-20");

        PlanScope scope = PlanScope.of(before, after, Set.of(added), List.of());
        assertThat(scope.isEverything()).isFalse();
        assertThat(scope.meeting(added)).isTrue();
        assertThat(scope.meeting("nordjylland/2024-09-20")).as("the next meeting of its council").isTrue();
        assertThat(scope.council("nordjylland")).isTrue();
        assertThat(scope.list(Urls.MEETINGS)).isTrue();
        assertThat(scope.meeting(MEETING)).as("its text now links to the added meeting").isTrue();
        assertThat(scope.meeting("midtjylland/2024-06-18")).isFalse();
        assertThat(scope.council("midtjylland")).isFalse();

        PlanScope removed = PlanScope.of(after, before, Set.of(added), List.of());
        assertThat(removed.isEverything()).isFalse();
        assertThat(removed.meeting(MEETING)).as("its text no longer links").isTrue();
        assertThat(removed.meeting("nordjylland/2024-09-20")).isTrue();
    }

    @Test
    void aMeetingMadePublicByTheClockRatherThanASavePlansEverything() throws IOException {
        String added = "nordjylland/2024-06-21";
        Files.writeString(content.resolve("meetings/" + added + ".md"), Files.readString(
                content.resolve("meetings/nordjylland/2024-09-20.md")).replace("2024-09-20", "2024-06-21"));
        assertThat(PlanScope.of(before, link(), Set.of(), List.of()).isEverything()).isTrue();
    }
}
