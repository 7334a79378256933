package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import dk.arkiv.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Files that are not what a meeting file should be: each is reported with its path and line, never a trace. */
class BrokenFilesTest {
    @TempDir
    Path dir;
    Path content;
    Path meeting;
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
        meeting = content.resolve("meetings/nordjylland/2024-09-20.md");
        Files.createDirectories(meeting.getParent());
    }

    private int build() {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter(), true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", dir.resolve("site").toString());
    }

    private void assertReported(String location, String message) {
        assertThat(build()).isEqualTo(1);
        assertThat(err.toString()).contains("meetings/nordjylland/2024-09-20.md" + location, message)
                .doesNotContain("Exception", "\tat ");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void textThatIsNotUtf8() throws IOException {
        Files.write(meeting, TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY)
                .getBytes(StandardCharsets.ISO_8859_1));
        assertReported(":6:", "not UTF-8");
    }

    @Test
    void mixedLineEndingsAreAccepted() throws IOException {
        String text = TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY);
        StringBuilder mixed = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            mixed.append(lines[i]).append(i == lines.length - 1 ? "" : i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\r" : "\n");
        }
        Files.writeString(meeting, mixed.toString());
        assertThat(build()).isZero();
    }

    @Test
    void anEmptyFile() throws IOException {
        Files.writeString(meeting, "");
        assertReported(":1:1:", "the file is empty");
    }

    @Test
    void aFileOfFiftyMegabytes() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(meeting.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertReported(":", "the file is 50 MB");
    }

    @Test
    void binaryJunk() throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(meeting, junk);
        assertReported(":", "not UTF-8");
    }

    @Test
    void textWithNulBytes() throws IOException {
        Files.writeString(meeting, "---\ncouncil: nordjylland\u0000\n---\n");
        assertReported(":", "binary data");
    }

    @Test
    void frontMatterOnly() throws IOException {
        Files.writeString(meeting, "---\ncouncil: nordjylland\nkind: referat\ndate: 2024-09-20\n---\n");
        assertReported(":2:", "'items' is missing");
    }

    @Test
    void unclosedFrontMatter() throws IOException {
        Files.writeString(meeting, "---\ncouncil: nordjylland\nkind: referat\n\n# 1. Punkter\n");
        assertReported(":1:1:", "never closed");
    }

    @Test
    void yamlThatIsAListInsteadOfFields() throws IOException {
        Files.writeString(meeting, "---\n- council\n- nordjylland\n---\n");
        assertReported(":2:", "must be a list of 'key: value' fields");
    }
}
