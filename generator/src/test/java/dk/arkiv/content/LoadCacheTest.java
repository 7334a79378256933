package dk.arkiv.content;

import static dk.arkiv.TestSites.MINUTES_BODY;
import static dk.arkiv.TestSites.minimalContent;
import static dk.arkiv.TestSites.minutes;
import static dk.arkiv.TestSites.write;
import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.model.Meeting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server's cache: unchanged meeting files are not read again. */
class LoadCacheTest {
    @TempDir
    Path dir;
    Path content;
    final LoadCache cache = new LoadCache();

    @BeforeEach
    void setUp() throws IOException {
        content = minimalContent(dir);
        write(content.resolve("meetings/nordjylland/2024-09-20.md"), minutes("2024-09-20", "", MINUTES_BODY));
        write(content.resolve("meetings/nordjylland/2024-11-01.md"), minutes("2024-11-01", "", MINUTES_BODY));
    }

    private List<Meeting> load() {
        ContentLoader.Result result = new ContentLoader().load(content, cache);
        assertThat(result.diagnostics().hasErrors()).isFalse();
        return result.archive().meetings();
    }

    @Test
    void unchangedFilesAreNotReadAgainEvenWithoutOptionalFiles() {
        assertThat(content.resolve("people.yaml")).doesNotExist();
        List<Meeting> first = load();
        List<Meeting> second = load();
        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(1)).isSameAs(first.get(1));
    }

    @Test
    void onlyTheChangedFileIsReadAgain() throws IOException {
        List<Meeting> first = load();
        Path changed = content.resolve("meetings/nordjylland/2024-11-01.md");
        Files.writeString(changed, minutes("2024-11-01", "", MINUTES_BODY) + "\nEn rettelse.\n");
        List<Meeting> second = load();
        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(1)).isNotSameAs(first.get(1));
    }

    @Test
    void aChangedVocabularyFileReadsEveryMeetingAgain() throws IOException {
        List<Meeting> first = load();
        write(content.resolve("people.yaml"), "[]\n");
        List<Meeting> second = load();
        assertThat(second.get(0)).isNotSameAs(first.get(0));
        assertThat(load().get(0)).isSameAs(second.get(0));
    }
}
