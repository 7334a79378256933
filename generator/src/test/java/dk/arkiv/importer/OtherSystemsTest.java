package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agendas and minutes from systems other than KL's (FirstAgenda, eDoc/OS2dagsorden, Word), for a
 * committee given with --council. The fixtures are written in the shapes those systems export.
 */
class OtherSystemsTest {
    @TempDir
    Path dir;

    private ImportedMeeting importFixture(String name) throws IOException {
        Importer importer = new Importer(ImporterFixtures.context(dir));
        ImportResult result = importer.importFile(ImporterFixtures.fixture(name),
                ImportOptions.none().withCouncil("oekonomiudvalget"));
        assertThat(result).isInstanceOf(ImportResult.Meeting.class);
        ImportResult.Meeting written = (ImportResult.Meeting) result;
        MeetingFileChecks.assertBuilds(written.file(), dir.resolve("content"));
        return written.meeting();
    }

    @Test
    void firstAgendaMinutesWithPunktNumbersRunningHeadersAndAClosedItem() throws IOException {
        ImportedMeeting m = importFixture("firstagenda-referat.txt");

        assertThat(m.kind()).isEqualTo(MeetingKind.MINUTES);
        assertThat(m.date()).isEqualTo(LocalDate.of(2012, 12, 4));
        assertThat(m.time()).contains("13:00");
        assertThat(m.place()).contains("Mødelokale 1, Rådhuset");
        assertThat(m.items()).extracting(ImportedItem::number, ImportedItem::title, ImportedItem::closed).containsExactly(
                tuple("1", "Godkendelse af dagsorden", false),
                tuple("2", "Budgetopfølgning pr. 31. oktober 2012", false),
                tuple("3", "Salg af grund, Havnevej 12", true),
                tuple("4", "Eventuelt", false));
        assertThat(m.items().get(2).sections()).as("a closed item keeps no text").isEmpty();
        assertThat(m.items().get(1).sag()).contains("00.30.14-S00-2-12");
        assertThat(m.items().get(1).sections()).extracting(ImportedSection::heading)
                .containsExactly("Resume", "Sagsfremstilling", "Indstilling", "Beslutning");
        assertThat(m.items().get(1).sections().get(1).markdown())
                .isEqualTo("Budgetopfølgningen viser et samlet mindreforbrug på 12,4 mio. kr. på driftsområdet, hvilket"
                        + " primært skyldes lavere udgifter til energi.");
        assertThat(m.attendees()).extracting(Member::name).containsExactly("Thomas Kastrup-Larsen", "Mai-Britt Beith",
                "Jes Lunde");
        assertThat(m.absent()).containsExactly(new Member("Jesper Greth", Optional.of("V"), Optional.empty(),
                Optional.empty()));
        assertThat(m.decisionCount()).isEqualTo(3);
    }

    @Test
    void eDocAgendaWithRunningNumbersWrittenDateAndADotLeaderContents() throws IOException {
        ImportedMeeting m = importFixture("edoc-dagsorden.txt");

        assertThat(m.kind()).isEqualTo(MeetingKind.AGENDA);
        assertThat(m.date()).isEqualTo(LocalDate.of(2012, 12, 4));
        assertThat(m.time()).contains("13:00");
        assertThat(m.place()).contains("Byrådssalen");
        assertThat(m.items()).extracting(ImportedItem::number, ImportedItem::title, ImportedItem::closed).containsExactly(
                tuple("715", "Meddelelser", false),
                tuple("716", "Anlægsbevilling til ny skole", false),
                tuple("717", "Køb af ejendom", true));
        assertThat(m.attendees()).as("an agenda records no attendance").isEmpty();
        assertThat(m.items().get(1).sections()).extracting(ImportedSection::heading)
                .containsExactly("Sagsbeskrivelse", "Økonomi", "Indstilling");
        assertThat(m.items().get(1).sections().get(0).markdown()).endsWith("""
                Projektet omfatter:

                - 120 nye elevpladser
                - idrætshal""");
        assertThat(m.items().get(1).sections().get(1).markdown()).isEqualTo("""
                | Beløb i mio. kr. | 2013 | 2014 |
                |---|---|---|
                | Anlæg | 15 | 25 |""");
        assertThat(m.items().get(1).sections().get(2).markdown()).isEqualTo("""
                Direktionen indstiller,

                1. at anlægsbevillingen meddeles
                2. at udgiften finansieres af kassen""");
    }

    @Test
    void wordMinutesWithBulletNumbersAndAttendanceOnOneLine() throws IOException {
        ImportedMeeting m = importFixture("word-minutes.txt");

        assertThat(m.kind()).isEqualTo(MeetingKind.MINUTES);
        assertThat(m.date()).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(m.time()).contains("09:30");
        assertThat(m.items()).extracting(ImportedItem::number, ImportedItem::closed)
                .containsExactly(tuple("159", false), tuple("160", true), tuple("161", false));
        assertThat(m.attendees()).extracting(Member::name, Member::party).containsExactly(
                tuple("Thomas Kastrup-Larsen", Optional.of("A")), tuple("Jes Lunde", Optional.of("B")),
                tuple("Mai-Britt Beith", Optional.of("A")));
        assertThat(m.absent()).extracting(Member::name).containsExactly("Jesper Greth");
        assertThat(m.items().get(2).sections()).extracting(ImportedSection::heading).containsExactly("Beslutninger");
    }
}
