package dk.arkiv.content;

import static dk.arkiv.TestSites.MINUTES_BODY;
import static dk.arkiv.TestSites.minimalContent;
import static dk.arkiv.TestSites.minutes;
import static dk.arkiv.TestSites.write;
import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path dir;
    Path content;

    @BeforeEach
    void setUp() throws IOException {
        content = minimalContent(dir);
    }

    private ContentLoader.Result loadMeeting(String text) throws IOException {
        write(content.resolve("meetings/nordjylland/2024-09-20.md"), text);
        return new ContentLoader().load(content);
    }

    private List<Diagnostic> errors(ContentLoader.Result result) {
        return result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
    }

    @Test
    void aValidMeetingIsReadIntoTheModel() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY));
        assertThat(errors(result)).isEmpty();
        Meeting meeting = result.archive().meetings().get(0);
        assertThat(meeting.councilId()).isEqualTo("nordjylland");
        assertThat(meeting.kind()).isEqualTo(MeetingKind.MINUTES);
        assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(meeting.time()).contains(LocalTime.of(10, 0));
        assertThat(meeting.attendees()).hasSize(2);
        assertThat(meeting.attendees().get(1).substituteFor()).contains("Birgit Hansen");
        assertThat(meeting.absent()).hasSize(1);
        assertThat(meeting.groups()).extracting(g -> g.title()).containsExactly("Godkendelse", "Regionalpolitiske sager");
        Item item = meeting.items().get(1);
        assertThat(item.number()).isEqualTo("2.1");
        assertThat(item.decision()).hasValueSatisfying(d -> assertThat(d.markdown()).isEqualTo("Taget til efterretning."));
        assertThat(item.sections().get(0).markdown()).contains("#### Sekretariatet");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreAccepted() throws IOException {
        String text = "\uFEFF" + minutes("2024-09-20", "", MINUTES_BODY).replace("\n", "\r\n");
        ContentLoader.Result result = loadMeeting(text);
        assertThat(errors(result)).isEmpty();
        assertThat(result.archive().meetings()).hasSize(1);
    }

    @Test
    void invalidYamlIsReportedWithItsLine() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY)
                .replace("place: Aalborg Rådhus", "place: Aalborg: Rådhus"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.file()).endsWith("meetings/nordjylland/2024-09-20.md");
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("invalid YAML", "must be quoted");
        });
    }

    @Test
    void aMissingRequiredFieldNamesTheFieldAndAnExample() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY).replace("kind: referat\n", ""));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).isEqualTo("'kind' is missing; add e.g. 'kind: referat'");
        });
    }

    @Test
    void aMistypedFieldNameSuggestsTheRightOne() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY)
                .replace("attendees:", "atendees:"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(7);
            assertThat(d.message()).isEqualTo("unknown field 'atendees'; did you mean 'attendees'?");
        });
    }

    @Test
    void anUnknownCouncilIsReported() throws IOException {
        write(content.resolve("meetings/nordjyland/2024-09-20.md"),
                minutes("2024-09-20", "", MINUTES_BODY).replace("council: nordjylland", "council: nordjyland"));
        ContentLoader.Result result = new ContentLoader().load(content);
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(2);
            assertThat(d.message()).isEqualTo("unknown council 'nordjyland'; did you mean 'nordjylland'?");
        });
    }

    @Test
    void anUnknownPartyListsTheKnownOnes() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY)
                .replace("{name: Lasse Frimand Jensen, party: A", "{name: Lasse Frimand Jensen, party: Q"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(8);
            assertThat(d.message()).startsWith("unknown party 'Q'; known: A, V");
        });
    }

    @Test
    void anUnknownTopicIsReportedAtTheItem() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY)
                .replace("    title: Status fra KlimaNord\n", "    title: Status fra KlimaNord\n    topics: [klimaaliancen]\n"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(17);
            assertThat(d.message()).isEqualTo("unknown topic 'klimaaliancen'; did you mean 'klimaalliancen'?");
        });
    }

    @Test
    void aHeadingWhoseNumberIsNotInItemsIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY + "\n## 3.4. Ekstra punkt\n"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("item 3.4 has a heading but is not in items");
            assertThat(d.line()).isEqualTo(47);
        });
    }

    @Test
    void anItemWithoutHeadingIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20",
                "  - number: \"3.1\"\n    title: Udpegning\n", MINUTES_BODY));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(17);
            assertThat(d.message()).isEqualTo("item 3.1 is in items but has no heading in the text; add '## 3.1. Udpegning'");
        });
    }

    @Test
    void aDuplicateItemNumberIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20",
                "  - number: \"2.1\"\n    title: Igen\n", MINUTES_BODY));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(17);
            assertThat(d.message()).isEqualTo("item 2.1 is listed twice (first on line 15); item numbers must be unique");
        });
    }

    @Test
    void anImpossibleDateIsReported() throws IOException {
        write(content.resolve("meetings/nordjylland/2024-02-30.md"), minutes("2024-02-30", "", MINUTES_BODY));
        ContentLoader.Result result = new ContentLoader().load(content);
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(4);
            assertThat(d.message()).isEqualTo("date 2024-02-30 does not exist; check the day and the month");
        });
    }

    @Test
    void aDateThatDoesNotMatchTheFileNameIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-21", "", MINUTES_BODY));
        assertThat(errors(result)).singleElement().satisfies(d ->
                assertThat(d.message()).startsWith("date 2024-09-21 does not match the file name 2024-09-20.md"));
    }

    @Test
    void aDuplicateKeyIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY)
                .replace("time: \"10:00\"\n", "time: \"10:00\"\ntime: \"11:00\"\n"));
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).isEqualTo("'time' is given twice (first on line 5); keep one");
        });
    }

    @Test
    void allProblemsOfABuildAreReportedAtOnce() throws IOException {
        write(content.resolve("meetings/nordjylland/2024-10-01.md"), minutes("2024-10-01", "", MINUTES_BODY)
                .replace("party: A, municipality: Aalborg", "party: Q, municipality: Aalborg"));
        ContentLoader.Result result = loadMeeting(minutes("2024-09-20", "", MINUTES_BODY).replace("kind: referat", "kind: minutes"));
        assertThat(errors(result)).hasSize(2);
        assertThat(errors(result)).extracting(Diagnostic::file)
                .anySatisfy(f -> assertThat(f).endsWith("2024-09-20.md"))
                .anySatisfy(f -> assertThat(f).endsWith("2024-10-01.md"));
    }

    @Test
    void unclosedFrontMatterIsReported() throws IOException {
        ContentLoader.Result result = loadMeeting("---\ncouncil: nordjylland\n\n# 1. Gruppe\n");
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("never closed");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsReportedWithTheLine() throws IOException {
        byte[] latin1 = minutes("2024-09-20", "", MINUTES_BODY).getBytes(StandardCharsets.ISO_8859_1);
        Files.createDirectories(content.resolve("meetings/nordjylland"));
        Files.write(content.resolve("meetings/nordjylland/2024-09-20.md"), latin1);
        ContentLoader.Result result = new ContentLoader().load(content);
        assertThat(errors(result)).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(6);
            assertThat(d.message()).contains("not UTF-8");
        });
    }

    @Test
    void anAliasBombIsRefused() throws IOException {
        String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
                + "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n";
        ContentLoader.Result result = loadMeeting("---\n" + bomb + "---\n");
        assertThat(errors(result)).singleElement().satisfies(d -> assertThat(d.message())
                .contains("invalid YAML", "aliases"));
    }

    @Test
    void diagnosticsPrintAsPathLineColumnSeverityMessage() {
        Diagnostic d = new Diagnostic("content/meetings/x.md", 7, 3, Severity.ERROR, "unknown field 'x'");
        assertThat(d).hasToString("content/meetings/x.md:7:3: error: unknown field 'x'");
    }
}
