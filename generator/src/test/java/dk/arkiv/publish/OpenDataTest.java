package dk.arkiv.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDataTest {
    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() {
        site = dir.resolve("site");
        assertThat(new Arkiv().build(TestSites.request(TestSites.repository().resolve("content"), site))
                .succeeded()).isTrue();
    }

    static Map<String, Object> read(Path file) throws IOException {
        return new Json().toType(Files.readString(file, StandardCharsets.UTF_8), Json.MAP_TYPE);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyDataFileIsJsonAndTheIndexNamesThemAll() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site.resolve("data"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            read(file);
        }
        Map<String, Object> index = read(site.resolve("data/index.json"));
        List<String> named = Stream.concat(((Map<String, Object>) index.get("files")).values().stream(),
                list(index.get("meetings")).stream().map(m -> m.get("data_url"))).map(String.class::cast)
                .map(url -> url.replace("https://kkr.example.dk/", "")).toList();
        assertThat(files.stream().map(f -> site.relativize(f).toString().replace('\\', '/')))
                .containsExactlyInAnyOrderElementsOf(Stream.concat(Stream.of("data/index.json"), named.stream())
                        .toList());
        assertThat(list(index.get("meetings"))).hasSize(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMeetingFileHasTheMeetingItsItemsDecisionsAndAttendance() throws IOException {
        Map<String, Object> meeting = read(site.resolve("data/meetings/midtjylland/2024-09-06.json"));
        assertThat(meeting).containsEntry("id", "midtjylland/2024-09-06")
                .containsEntry("classification", "referat")
                .containsEntry("start_date", "2024-09-06T10:00:00+02:00")
                .containsEntry("all_day", false)
                .containsEntry("location", Map.of("name", "Scandic, Udgårdsvej 2, 8600 Silkeborg"))
                .containsEntry("organization", Map.of("id", "midtjylland", "name", "KKR Midtjylland"));
        assertThat(list(meeting.get("attendees"))).hasSize(24);
        assertThat(list(meeting.get("absent"))).hasSize(13);
        assertThat(list(meeting.get("attendees")).get(0)).containsEntry("person_id", "torben-hansen")
                .containsEntry("party", "A").containsEntry("municipality", "Randers");
        List<Map<String, Object>> items = list(meeting.get("items"));
        assertThat(items).hasSize(10);
        Map<String, Object> klima = items.stream().filter(i -> i.get("number").equals("3.4")).findFirst().orElseThrow();
        assertThat(klima).containsEntry("public", true).containsEntry("url",
                "https://kkr.example.dk/midtjylland/2024-09-06/3-4/");
        assertThat((List<Object>) klima.get("topics")).contains("klimaalliancen");
        // Texts are Markdown as written, once: the decision is also the Beslutning section.
        List<Map<String, Object>> sections = list(klima.get("sections"));
        assertThat(sections).allSatisfy(s -> assertThat(s).containsOnlyKeys("heading", "markdown"));
        Map<String, Object> beslutning = sections.stream().filter(s -> s.get("heading").equals("Beslutning"))
                .findFirst().orElseThrow();
        assertThat((String) klima.get("decision")).isNotBlank().isEqualTo(beslutning.get("markdown"));
    }

    @Test
    void peopleFollowPopoloWithMembershipsOfExistingPersonsCouncilsAndParties() throws IOException {
        Map<String, Object> people = read(site.resolve("data/people.json"));
        List<Object> personIds = list(people.get("persons")).stream().map(p -> p.get("id")).toList();
        List<Object> parties = list(people.get("parties")).stream().map(p -> p.get("id")).toList();
        List<Object> councils = list(read(site.resolve("data/councils.json")).get("councils")).stream()
                .map(c -> c.get("id")).toList();
        assertThat(list(people.get("memberships"))).isNotEmpty().allSatisfy(m -> {
            assertThat(personIds).contains(m.get("person_id"));
            assertThat(councils).contains(m.get("organization_id"));
            assertThat(m.get("role")).isIn("member", "substitute");
            if (m.get("on_behalf_of_id") != null) {
                assertThat(parties).contains(m.get("on_behalf_of_id"));
            }
        });
        Map<String, Object> ib = list(people.get("persons")).stream().filter(p -> p.get("id").equals("ib-lauritsen"))
                .findFirst().orElseThrow();
        assertThat(list(ib.get("appearances"))).extracting(a -> a.get("meeting_id")).contains("midtjylland/2024-09-06");
    }

    @Test
    void anIntroductionIsMarkdownAsWritten(@TempDir Path other) throws IOException {
        Path content = TestSites.copyOfSample(other);
        Path minutes = content.resolve("meetings/midtjylland/2024-09-06.md");
        TestSites.write(minutes, Files.readString(minutes).replace(
                "## 3.4. Klimaalliancen og status på indsatser\n",
                "## 3.4. Klimaalliancen og status på indsatser\n\nSe **bilag 1** om Klimaalliancen.\n"));
        Path out = other.resolve("site");
        assertThat(new Arkiv().build(TestSites.request(content, out)).succeeded()).isTrue();
        Map<String, Object> klima = list(read(out.resolve("data/meetings/midtjylland/2024-09-06.json")).get("items"))
                .stream().filter(i -> i.get("number").equals("3.4")).findFirst().orElseThrow();
        assertThat(klima.get("introduction")).isEqualTo("Se **bilag 1** om Klimaalliancen.");
    }

    @Test
    void theBulkFileHoldsEverythingTheOtherFilesHold() throws IOException {
        Map<String, Object> bulk = read(site.resolve("data/archive.json"));
        assertThat(bulk.get("councils")).isEqualTo(read(site.resolve("data/councils.json")).get("councils"));
        assertThat(bulk.get("topics")).isEqualTo(read(site.resolve("data/topics.json")).get("topics"));
        assertThat(bulk.get("persons")).isEqualTo(read(site.resolve("data/people.json")).get("persons"));
        assertThat(list(bulk.get("meetings"))).hasSize(4)
                .contains(read(site.resolve("data/meetings/nordjylland/2024-09-20.json")));
    }
}
