package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.LoadCache;
import dk.arkiv.model.Archive;
import dk.arkiv.model.NameVariants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server links the whole archive on every save. What linking made of a meeting read
 * from an unchanged file is kept, as the same objects; what it made of the saved file is new, and
 * nothing kept may point at the saved file's old version.
 */
class LinkCacheTest {
    @TempDir
    Path dir;
    Path content;
    final LoadCache loadCache = new LoadCache();
    final ArchiveLinker linker = new ArchiveLinker(LinkCache.acrossBuilds());

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
        // A closed item: its meeting's public part is a copy without the item's text.
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), TestSites.minutes("2024-09-20", "",
                TestSites.MINUTES_BODY).replace("    title: Status fra KlimaNord\n",
                "    title: Status fra KlimaNord\n    closed: true\n"));
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-01.md"),
                TestSites.minutes("2024-10-01", "", TestSites.MINUTES_BODY));
    }

    private LinkedArchive link() {
        ContentLoader.Result loaded = new ContentLoader().load(content, loadCache);
        assertThat(loaded.diagnostics().hasErrors()).as(loaded.diagnostics().toString()).isFalse();
        return linker.link(loaded.archive(), TestSites.NOW);
    }

    private void save(String file, String before, String after) throws IOException {
        Path path = content.resolve(file);
        Files.writeString(path, Files.readString(path).replace(before, after));
        // A later stamp, as a save a second later would give.
        Files.setLastModifiedTime(path, FileTime.fromMillis(Files.getLastModifiedTime(path).toMillis() + 2000));
    }

    @Test
    void whatWasMadeOfUnchangedMeetingsIsKeptAndTheSavedMeetingIsLinkedAnew() throws IOException {
        LinkedArchive first = link();
        save("meetings/nordjylland/2024-10-01.md", "Taget til efterretning.", "Taget til efterretning med ros.");
        LinkedArchive second = link();

        PublishedMeeting unchanged = second.meetingsByKey().get("nordjylland/2024-09-20");
        assertThat(unchanged).as("the meeting with a closed item, whose public part is a copy")
                .isSameAs(first.meetingsByKey().get("nordjylland/2024-09-20"));
        assertThat(second.itemsOf(unchanged)).isSameAs(first.itemsOf(unchanged));
        assertThat(second.itemsOf(unchanged).get(1).item().closed()).isTrue();

        PublishedMeeting saved = second.meetingsByKey().get("nordjylland/2024-10-01");
        assertThat(saved).isNotSameAs(first.meetingsByKey().get("nordjylland/2024-10-01"));
        assertThat(second.itemsOf(saved)).allSatisfy(item -> assertThat(item.meeting()).isSameAs(saved));
        assertThat(second.itemsOf(saved).get(1).item().sections().get(1).markdown()).contains("med ros");
        assertThat(second.itemByKey("nordjylland/2024-10-01/2.1")).isSameAs(second.itemsOf(saved).get(1));
        assertThat(second.items()).containsExactlyElementsOf(
                List.of(second.itemsOf(unchanged).get(0), second.itemsOf(unchanged).get(1),
                        second.itemsOf(saved).get(0), second.itemsOf(saved).get(1)));

        for (Person person : second.people()) {
            assertThat(person.appearances()).as(person.name()).allSatisfy(appearance -> assertThat(appearance.meeting())
                    .isSameAs(second.meetingsByKey().get(appearance.meeting().key())));
        }
        assertThat(second.peopleById().get("lasse-frimand-jensen").appearances()).hasSize(2);
    }

    @Test
    void anAgendaAddedBesideTheMinutesMakesTheMeetingAndItsAppearancesAnew() throws IOException {
        LinkedArchive first = link();
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-01.dagsorden.md"),
                TestSites.minutes("2024-10-01", "", TestSites.MINUTES_BODY).replace("kind: referat", "kind: dagsorden"));
        LinkedArchive second = link();

        PublishedMeeting withAgenda = second.meetingsByKey().get("nordjylland/2024-10-01");
        assertThat(withAgenda.agenda()).isPresent();
        assertThat(withAgenda.meeting()).isSameAs(first.meetingsByKey().get("nordjylland/2024-10-01").meeting());
        assertThat(withAgenda).isNotSameAs(first.meetingsByKey().get("nordjylland/2024-10-01"));
        assertThat(second.itemsOf(withAgenda)).allSatisfy(item -> assertThat(item.meeting()).isSameAs(withAgenda));
        assertThat(second.peopleById().get("lasse-frimand-jensen").appearances())
                .extracting(Appearance::meeting).contains(withAgenda);
    }

    @Test
    void aNewAliasResolvesNamesAgainInEveryMeeting() {
        Archive loaded = new ContentLoader().load(content, loadCache).archive();
        assertThat(substitutesFor(linker.link(loaded, TestSites.NOW))).containsOnly("birgit-hansen");
        // The same meeting objects, as a loader may keep them, with a new alias in people.yaml.
        Archive withAlias = new Archive(loaded.site(), loaded.councils(), loaded.parties(),
                List.of(new NameVariants("Birgit Stenbak Hansen", List.of("Birgit Hansen"))), loaded.topics(),
                loaded.meetings());
        assertThat(substitutesFor(linker.link(withAlias, TestSites.NOW))).containsOnly("birgit-stenbak-hansen");
    }


    @Test
    void itemsByTopicAndMeetingPatchedAfterSavesAreThoseOfAFreshLink() throws IOException {
        TestSites.write(content.resolve("topics/groen-omstilling.md"),
                "---\ntitle: Grøn omstilling\nmatch: [grøn omstilling]\n---\nOmstillingen.\n");
        for (String date : List.of("2024-01-15", "2024-03-04", "2024-05-27", "2024-11-11")) {
            TestSites.write(content.resolve("meetings/nordjylland/" + date + ".md"),
                    TestSites.minutes(date, "", TestSites.MINUTES_BODY));
        }
        assertSameItemsAsFreshLink("first link");

        save("meetings/nordjylland/2024-03-04.md", "Taget til efterretning.", "Grøn omstilling drøftet.");
        assertSameItemsAsFreshLink("a topic added to an item");
        TestSites.write(content.resolve("meetings/nordjylland/2024-04-08.md"), TestSites.minutes("2024-04-08", "",
                TestSites.MINUTES_BODY.replace("Taget til efterretning.", "Om grøn omstilling.")));
        assertSameItemsAsFreshLink("a meeting added between others on the topic");
        Files.move(content.resolve("meetings/nordjylland/2024-03-04.md"),
                content.resolve("meetings/nordjylland/2024-06-03.md"));
        save("meetings/nordjylland/2024-06-03.md", "date: 2024-03-04", "date: 2024-06-03");
        assertSameItemsAsFreshLink("a meeting moved to another date");
        save("meetings/nordjylland/2024-04-08.md", "Status fra KlimaNord", "Status fra udvalget");
        save("meetings/nordjylland/2024-04-08.md", "Om grøn omstilling.", "Intet nyt.");
        assertSameItemsAsFreshLink("an item without topics");
        Files.delete(content.resolve("meetings/nordjylland/2024-06-03.md"));
        assertSameItemsAsFreshLink("a meeting removed, and with it the last item on a topic");
        Files.delete(content.resolve("meetings/nordjylland/2024-04-08.md"));
        assertSameItemsAsFreshLink("another meeting removed");
    }

    private void assertSameItemsAsFreshLink(String after) {
        ContentLoader.Result loaded = new ContentLoader().load(content, loadCache);
        assertThat(loaded.diagnostics().hasErrors()).as(loaded.diagnostics().toString()).isFalse();
        LinkedArchive patched = linker.link(loaded.archive(), TestSites.NOW);
        LinkedArchive fresh = new ArchiveLinker().link(loaded.archive(), TestSites.NOW);
        assertThat(patched.itemsByTopic()).as(after).isEqualTo(fresh.itemsByTopic());
        assertThat(patched.itemsByTopic().keySet()).as(after).containsExactlyElementsOf(fresh.itemsByTopic().keySet());
        assertThat(patched.itemsByMeeting()).as(after).isEqualTo(fresh.itemsByMeeting());
    }

    private static List<String> substitutesFor(LinkedArchive linked) {
        return linked.peopleById().get("peter-e-nielsen").appearances().stream()
                .map(a -> a.substituteFor().orElseThrow()).toList();
    }
}
