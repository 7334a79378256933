package dk.arkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** `arkiv check` on content directories with one kind of mistake each. */
class CheckCommandTest {
    @TempDir
    Path dir;
    Path content;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
    }

    private int check(String... more) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] args = new String[more.length + 3];
        args[0] = "check";
        args[1] = "--content";
        args[2] = content.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return commandLine.execute(args);
    }

    private void meeting(String text) throws IOException {
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), text);
    }

    private static String valid() {
        return TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY);
    }

    @Test
    void validContentPassesWithExitZero() throws IOException {
        meeting(valid());
        TestSites.write(content.resolve("people.yaml"), "- name: Birgit Stenbak Hansen\n  aliases: [Birgit Hansen]\n");
        assertThat(check()).isZero();
        assertThat(out.toString()).contains("no problems found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown party        | party: A, municipality: Aalborg  | party: Q, municipality: Aalborg  | :8:     | error: unknown party 'Q'; known: A, V
            misspelt field       | attendees:                       | atendees:                        | :7:     | error: unknown field 'atendees'; did you mean 'attendees'?
            impossible date      | date: 2024-09-20                 | date: 2024-02-30                 | :4:     | error: date 2024-02-30 does not exist
            unknown kind         | kind: referat                    | kind: minutes                    | :3:     | error: kind must be 'dagsorden' (agenda) or 'referat' (minutes), not 'minutes'
            heading not in items | ## 2.1. Status fra KlimaNord     | ## 3.4. Status fra KlimaNord     | :33:1:  | error: item 3.4 has a heading but is not in items
            unquoted colon       | place: Aalborg Rådhus            | place: Aalborg: Rådhus           | :6:     | error: invalid YAML
            """)
    void eachMistakeIsReportedWithItsLineAndExitOne(String name, String from, String to, String line, String message)
            throws IOException {
        meeting(valid().replace(from, to));
        assertThat(check()).isEqualTo(1);
        assertThat(out.toString()).contains("meetings/nordjylland/2024-09-20.md" + line).contains(message);
    }

    @Test
    void aSubstituteForSomeoneUnknownSuggestsTheClosestKnownPerson() throws IOException {
        meeting(valid());
        TestSites.write(content.resolve("meetings/nordjylland/2024-10-20.md"),
                TestSites.minutes("2024-10-20", "", TestSites.MINUTES_BODY).replace(
                        "substitute_for: Birgit Hansen", "substitute_for: Birgit Hansen"));
        assertThat(check()).isZero();
        assertThat(out.toString()).contains("2024-10-20.md:9: warning: 'Birgit Hansen' (substitute_for) is not known;"
                + " did you mean 'Birgit Stenbak Hansen' (2 meetings)?");
    }

    @Test
    void anAliasInPeopleYamlSilencesTheWarning() throws IOException {
        meeting(valid());
        TestSites.write(content.resolve("people.yaml"), "- name: Birgit Stenbak Hansen\n  aliases: [Birgit Hansen]\n");
        assertThat(check()).isZero();
        assertThat(out.toString()).doesNotContain("warning");
    }

    @Test
    void unlinkedReferencesAreNotes() throws IOException {
        meeting(valid().replace("Taget til efterretning.", "Jf. referatet fra mødet den 21. juni 2024."));
        assertThat(check()).isZero();
        assertThat(out.toString()).contains("note: 'mødet den 21. juni 2024' refers to nothing in the archive");
    }

    @Test
    void jsonListsTheSameProblems() throws IOException {
        meeting(valid().replace("party: A, municipality: Aalborg", "party: Q, municipality: Aalborg"));
        assertThat(check("--format", "json")).isEqualTo(1);
        assertThat(out.toString()).startsWith("[\n  {\"file\": \"").contains("\"line\": 8", "\"severity\": \"error\"",
                "\"message\": \"unknown party 'Q'; known: A, V (parties are listed in content/parties.yaml)\"");
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        meeting(valid().replace("Taget til efterretning.", "Jf. mødet den 21. juni 2024."));
        assertThat(check("--quiet")).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(check("--format", "xml")).isEqualTo(2);
    }
}
