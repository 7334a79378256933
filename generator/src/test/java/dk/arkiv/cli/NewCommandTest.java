package dk.arkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.TestSites;
import dk.arkiv.content.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** `arkiv new`: what it writes passes the check and builds. */
class NewCommandTest {
    @TempDir
    Path dir;
    Path content;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
        TestSites.write(content.resolve("people.yaml"), "- name: Birgit Stenbak Hansen\n  aliases: [Birgit Hansen]\n");
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"),
                TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY));
    }

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private void assertChecksAndBuilds() {
        assertThat(new Arkiv().check(content, TestSites.NOW)).filteredOn(d -> !d.severity().name().equals("NOTE"))
                .extracting(Diagnostic::toString).isEmpty();
        assertThat(new Arkiv().build(TestSites.request(content, dir.resolve("site"))).succeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"referat", "dagsorden"})
    void aNewMeetingPassesTheCheckAndBuilds(String kind) throws IOException {
        assertThat(run("new", "meeting", "--content", content.toString(), "--council", "nordjylland",
                "--date", "2024-11-20", "--kind", kind)).isZero();
        String text = Files.readString(content.resolve("meetings/nordjylland/2024-11-20.md"));
        assertThat(text).contains("kind: " + kind, "Lasse Frimand Jensen", "Godkendelse af referat fra mødet den"
                + " 20. september 2024", "## 2.1. Siden sidst", "## 4.1. Punkter til næste møde", "## 5.1. Eventuelt");
        assertThat(text.contains("\n### Beslutning")).isEqualTo(kind.equals("referat"));
        assertChecksAndBuilds();
        assertThat(dir.resolve("site/nordjylland/2024-11-20/1-2/index.html")).content()
                .contains("../../../nordjylland/2024-09-20/index.html");
    }

    @Test
    void anAgendaBesideExistingMinutesGetsItsOwnFile() {
        assertThat(run("new", "meeting", "--content", content.toString(), "--council", "nordjylland",
                "--date", "2024-09-20", "--kind", "dagsorden")).isZero();
        assertThat(content.resolve("meetings/nordjylland/2024-09-20.dagsorden.md")).exists();
        assertChecksAndBuilds();
    }

    @Test
    void anExistingFileIsNeverReplaced() throws IOException {
        String before = Files.readString(content.resolve("meetings/nordjylland/2024-09-20.md"));
        assertThat(run("new", "meeting", "--content", content.toString(), "--council", "nordjylland",
                "--date", "2024-09-20", "--kind", "referat")).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
        assertThat(content.resolve("meetings/nordjylland/2024-09-20.md")).hasContent(before);
    }

    @Test
    void aNewTopicPassesTheCheckAndBuilds() {
        assertThat(run("new", "topic", "--content", content.toString(), "beredskab")).isZero();
        assertThat(content.resolve("topics/beredskab.md")).content().contains("title: Beredskab");
        assertChecksAndBuilds();
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("new", "meeting", "--content", content.toString(), "--council", "nordjyland",
                "--date", "2024-11-20")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown council 'nordjyland'");
        assertThat(run("new", "meeting", "--content", content.toString(), "--council", "nordjylland",
                "--date", "2024-02-30")).isEqualTo(2);
        assertThat(run("new", "topic", "--content", content.toString(), "Grønt Danmark")).isEqualTo(2);
    }
}
