package dk.arkiv.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.cli.ImportCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code arkiv import} as staff use it: what it writes, what it prints, and when it refuses. */
class ImportCommandTest {
    @TempDir
    Path dir;
    Path content;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void content() {
        content = ImporterFixtures.content(dir);
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new ImportCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--content", content.toString()));
        all.addAll(List.of(args));
        return commandLine.execute(all.toArray(String[]::new));
    }

    private static String seed(String prefix) {
        return ImporterFixtures.seed(prefix).toString();
    }

    private Path minutes() {
        return content.resolve("meetings/midtjylland/2024-09-06.md");
    }

    @Test
    void importWritesTheMeetingAndPrintsThePathAndASummary() {
        int code = run(seed("000_"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("wrote " + minutes())
                .contains("midtjylland referat 2024-09-06: 10 items, 24 attendees, 13 absent, 3 guests,")
                .contains("sections,").contains("attachments,").contains("0 warnings");
        assertThat(err.toString()).isEmpty();
        assertThat(minutes()).isRegularFile();
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce() throws IOException {
        assertThat(run(seed("000_"))).isZero();
        Files.writeString(minutes(), Files.readString(minutes()) + "\nEdited by hand.\n");

        int code = run(seed("000_"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("000_d7e0b86f89baa96b.txt: " + minutes()
                + " already exists; pass --force to overwrite it");
        assertThat(Files.readString(minutes())).endsWith("Edited by hand.\n");
        assertThat(run("--force", seed("000_"))).isZero();
        assertThat(Files.readString(minutes())).doesNotContain("Edited by hand.");
    }

    @Test
    void anAgendaGoesBesideTheMinutesOfTheSameDate() throws IOException {
        assertThat(run(seed("000_"))).isZero();

        int code = run("--date", "2024-09-06", seed("004_"));

        assertThat(code).isZero();
        Path agenda = content.resolve("meetings/midtjylland/2024-09-06.dagsorden.md");
        assertThat(out.toString()).contains("wrote " + agenda);
        assertThat(Files.readString(agenda)).contains("kind: dagsorden\ndate: 2024-09-06\n");
        MeetingFileChecks.assertBuilds(agenda, content);
        assertThat(Files.readString(minutes())).contains("kind: referat");
    }

    @Test
    void flagsOverrideWhatTheTextSays() throws IOException {
        int code = run("--date", "2024-09-07", "--kind", "dagsorden", seed("002_"));

        assertThat(code).isZero();
        Path file = content.resolve("meetings/nordjylland/2024-09-07.md");
        assertThat(Files.readString(file)).contains("kind: dagsorden\ndate: 2024-09-07\n").doesNotContain("attendees:");
        assertThat(out.toString()).contains("warning: ").contains("--date 2024-09-07 overrides the date 2024-09-20");
    }

    @Test
    void aMissingDateStopsTheImportAndNamesTheFlag() {
        int code = run(seed("004_"));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("error: " + seed("004_")
                + ": no meeting date found; pass --date YYYY-MM-DD" + System.lineSeparator());
        assertThat(content.resolve("meetings")).doesNotExist();
    }

    @Test
    void aDocumentThatIsNotAMeetingGetsAClearError() throws IOException {
        Path letter = Files.writeString(dir.resolve("brev.txt"), """
                Kære borgmester

                Tak for dit brev af 3. maj. Vi vender tilbage, når sagen er behandlet.

                Med venlig hilsen
                KKR Midtjylland
                """);

        int code = run("--date", "2024-05-03", letter.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("brev.txt: no agenda items found").contains("is this an agenda or minutes?")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void oneBadDocumentDoesNotStopTheOthers() {
        int code = run(seed("004_"), seed("002_"));

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("wrote " + content.resolve("meetings/nordjylland/2024-09-20.md"));
        assertThat(err.toString()).contains("pass --date");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("--date", "06-09-2024", seed("000_"))).isEqualTo(2);
        assertThat(err.toString()).contains("--date 06-09-2024: write the date as YYYY-MM-DD");
        assertThat(run("--kind", "protokol", seed("000_"))).isEqualTo(2);
        assertThat(run("--council", "fyn", seed("000_"))).isEqualTo(2);
        assertThat(err.toString()).contains("--council fyn: there is no").contains("known: hovedstaden, midtjylland");
        assertThat(run()).as("no FILE").isEqualTo(2);
        assertThat(content.resolve("meetings")).doesNotExist();
    }

    @Test
    void theCouncilFlagNamesACommitteeTheTextDoesNotName() throws IOException {
        Path agenda = Files.writeString(dir.resolve("udvalg.txt"), """
                Dagsorden
                Mødedato: 12.03.2021

                Punkt 1: Godkendelse af dagsorden

                Indstilling
                Dagsordenen godkendes.
                """);

        assertThat(run(agenda.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("pass --council ID (one of: hovedstaden, midtjylland,");

        assertThat(run("--council", "oekonomiudvalget", agenda.toString())).isZero();
        MeetingFileChecks.assertBuilds(content.resolve("meetings/oekonomiudvalget/2021-03-12.md"), content);
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithItsPath() {
        int code = run(dir.resolve("findes-ikke.txt").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("findes-ikke.txt: cannot be read");
    }
}
