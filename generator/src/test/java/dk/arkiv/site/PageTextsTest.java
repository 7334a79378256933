package dk.arkiv.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which meetings' texts a page shows, found wherever its model holds them. */
class PageTextsTest {
    private record Section(String heading, Markdown text) {
    }

    private record Entry(String title, Optional<Section> decision, List<Section> sections) {
    }

    private record Year<T>(int year, List<T> entries) {
    }

    private record Summary(String title, java.time.LocalDate date, int count, List<String> names) {
    }

    private record Anything(String title, Object value, Map<String, ?> more) {
    }

    private record Node(String title, Markdown text, List<Node> children) {
    }

    private static Page page(Map<String, Object> model) {
        return new Page("emner/klimaalliancen/", "topic.ftlh", "Klimaalliancen", "", List.of(), model);
    }

    @Test
    void findsATextInRecordsListsMapsAndOptionals() {
        Entry entry = new Entry("Status", Optional.of(new Section("Beslutning",
                Markdown.decision("Som aftalt den 21. juni 2024.", "nordjylland/2024-09-20"))), List.of());
        Page page = page(Map.of("years", List.of(Map.of("entries", List.of(entry))), "count", 3));
        assertThat(PageTexts.showsTextOf(page, Set.of("nordjylland/2024-09-20"))).isTrue();
        assertThat(PageTexts.showsTextOf(page, Set.of("nordjylland/2024-06-21"))).isFalse();
    }

    @Test
    void findsATextInARecordNestedInItsOwnKind() {
        Node child = new Node("Punkt", Markdown.decision("Godkendt.", "nordjylland/2024-09-20"), List.of());
        Page page = page(Map.of("tree", new Node("Møde", Markdown.of("Indledning."), List.of(child))));
        assertThat(PageTexts.showsTextOf(page, Set.of("nordjylland/2024-09-20"))).isTrue();
        assertThat(PageTexts.showsTextOf(page, Set.of("nordjylland/2024-06-21"))).isFalse();
    }

    @Test
    void textsOutsideMeetingsAndEmptyOptionalsShowNoMeetingsText() {
        Entry entry = new Entry("Status", Optional.empty(), List.of(new Section("Baggrund",
                Markdown.of("Emnets beskrivelse."))));
        Page page = page(Map.of("entry", entry, "description", Markdown.of("mødet den 21. juni 2024")));
        assertThat(PageTexts.showsTextOf(page, Set.of("nordjylland/2024-09-20"))).isFalse();
    }

    @Test
    void findsATextBehindATypeVariableObjectOrWildcardAndNotInRecordsOfStringsAndDates() {
        Section section = new Section("Beslutning", Markdown.decision("Godkendt.", "nordjylland/2024-09-20"));
        Summary summary = new Summary("Status", java.time.LocalDate.of(2024, 9, 20), 2, List.of("nordjylland/2024-09-20"));
        Set<String> meeting = Set.of("nordjylland/2024-09-20");
        assertThat(PageTexts.showsTextOf(page(Map.of("years", List.of(new Year<>(2024, List.of(summary, section))))),
                meeting)).isTrue();
        assertThat(PageTexts.showsTextOf(page(Map.of("entry", new Anything("a", section, Map.of()))), meeting)).isTrue();
        assertThat(PageTexts.showsTextOf(page(Map.of("entry", new Anything("a", 1, Map.of("b", List.of(section))))),
                meeting)).isTrue();
        assertThat(PageTexts.showsTextOf(page(Map.of("years", List.of(new Year<>(2024, List.of(summary))))), meeting))
                .as("a key in a list of strings is not a text").isFalse();
    }
}
