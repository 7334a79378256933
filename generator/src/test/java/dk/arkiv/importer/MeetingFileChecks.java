package dk.arkiv.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.content.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** An imported file must pass the same check the build runs: no error in the whole content directory. */
final class MeetingFileChecks {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 1, 1, 12, 0);

    private MeetingFileChecks() {
    }

    static void assertBuilds(Path file, Path content) {
        List<Diagnostic> errors = new Arkiv().check(content, NOW).stream().filter(Diagnostic::isError).toList();
        assertThat(errors).as("errors after importing " + file).isEmpty();
    }

    /** Writes the text as meetings/&lt;council&gt;/&lt;fileName&gt;, checks the content, and removes it again. */
    static void assertBuilds(String text, String council, String fileName, Path content) throws IOException {
        Path file = content.resolve("meetings").resolve(council).resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        try {
            assertBuilds(file, content);
        } finally {
            Files.delete(file);
        }
    }
}
