package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered HTML of a meeting page and an item page, compared whole with reviewed copies in
 * src/test/resources/golden/. After an intended change, regenerate them with
 * {@code mvn verify -Darkiv.updateGolden=true} and review the diff.
 */
class GoldenPagesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    static Path dir;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.minimalContent(dir);
        TestSites.write(content.resolve("people.yaml"), "- name: Birgit Stenbak Hansen\n  aliases: [Birgit Hansen]\n");
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"),
                TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY));
        site = dir.resolve("site");
        assertThat(new Arkiv().build(TestSites.request(content, site)).succeeded()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nordjylland/2024-09-20/index.html", "nordjylland/2024-09-20/2-1/index.html"})
    void pageMatchesItsGoldenCopy(String page) throws IOException {
        String actual = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("arkiv.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden copy; create it with -Darkiv.updateGolden=true").isRegularFile();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
