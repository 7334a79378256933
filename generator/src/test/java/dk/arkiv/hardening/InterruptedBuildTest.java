package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.TestSites;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build process stopped while it writes (Ctrl-C sends SIGTERM; kill -9 sends SIGKILL) leaves the
 * previous site exactly as it was, and no half-written directory survives the next build.
 */
class InterruptedBuildTest {
    @TempDir
    Path dir;
    Path content;
    Path site;

    @BeforeEach
    void setUp() throws IOException {
        content = TestSites.minimalContent(dir);
        site = dir.resolve("site");
        assertThat(new Arkiv().build(TestSites.request(content, site)).succeeded()).isTrue();
        // Enough meetings that the next build takes a while to write.
        LocalDate date = LocalDate.of(2010, 1, 4);
        for (int i = 0; i < 400; i++, date = date.plusWeeks(2)) {
            TestSites.write(content.resolve("meetings/nordjylland/" + date + ".md"),
                    TestSites.minutes(date.toString(), "", TestSites.MINUTES_BODY));
        }
    }

    private List<Path> staging() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".site.building-")).toList();
        }
    }

    @ParameterizedTest(name = "forcibly: {0}")
    @ValueSource(booleans = {false, true})
    void theSiteSurvivesAStoppedBuild(boolean forcibly) throws Exception {
        String before = Files.readString(site.resolve("index.html"));
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dk.arkiv.cli.Main", "build", "-q",
                "--content", content.toString(), "--templates", TestSites.templates().toString(),
                "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("build.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (staging().isEmpty() || !hasPages(staging().get(0))) {
            assertThat(build.isAlive()).as("the build ended before it could be stopped").isTrue();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(5);
        }
        if (forcibly) {
            build.destroyForcibly();
        } else {
            build.destroy();
        }
        build.waitFor();

        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(before);
        assertThat(site.resolve("nordjylland/2010-01-04")).doesNotExist();
        if (!forcibly) {
            assertThat(staging()).as("the shutdown hook removes the half-written site").isEmpty();
        }
        assertThat(new Arkiv().build(TestSites.request(content, site)).succeeded()).isTrue();
        assertThat(staging()).isEmpty();
        assertThat(site.resolve("nordjylland/2010-01-04/index.html")).exists();
    }

    private static boolean hasPages(Path staging) {
        File[] entries = staging.toFile().listFiles();
        return entries != null && entries.length > 2;
    }
}
