package dk.arkiv.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemorySiteTest {
    private final MemorySite site = new MemorySite();
    private final AtomicInteger made = new AtomicInteger();

    private SiteSink.Derived data(String text) {
        return sink -> {
            made.incrementAndGet();
            sink.write("data/a.json", text.getBytes(StandardCharsets.UTF_8));
            sink.write("data/b.json", text.getBytes(StandardCharsets.UTF_8));
            return 2;
        };
    }

    private String read(String path) {
        return site.file(path).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(null);
    }

    @Test
    void derivedFilesAreMadeOnceWhenTheFirstOfThemIsAskedFor() {
        assertThat(site.writeWhenAsked("data/", data("1"))).isZero();
        site.file("index.html");
        assertThat(made).hasValue(0);
        assertThat(read("data/a.json")).isEqualTo("1");
        assertThat(read("data/b.json")).isEqualTo("1");
        assertThat(made).hasValue(1);
    }

    @Test
    void aNewBuildDropsTheOldFilesAndMakesItsOwnWhenAsked() {
        site.writeWhenAsked("data/", data("1"));
        assertThat(read("data/a.json")).isEqualTo("1");
        site.startBuild();
        site.writeWhenAsked("data/", data("2"));
        assertThat(site.size()).isZero();
        assertThat(read("data/b.json")).isEqualTo("2");
        assertThat(made).hasValue(2);
    }

    @Test
    void aSiteOnDiskOrAnyOtherSinkWritesDerivedFilesAtOnce() throws Exception {
        SiteSink direct = new SiteSink() {
            @Override
            public void write(String sitePath, byte[] bytes) {
                made.incrementAndGet();
            }

            @Override
            public void write(String sitePath, Body body) {
            }

            @Override
            public void copy(String sitePath, java.nio.file.Path source) {
            }
        };
        assertThat(direct.writeWhenAsked("data/", sink -> {
            sink.write("data/a.json", new byte[0]);
            return 1;
        })).isEqualTo(1);
        assertThat(made).hasValue(1);
    }

    @Test
    void aNewKindOfDerivedFilesDropsOnlyTheFilesItsKindWrote() {
        site.write("data/page.html", bytes("page"));
        site.writeWhenAsked("data/", data("1"));
        read("data/a.json");
        site.startBuild();
        site.writeWhenAsked("data/", data("2"));
        assertThat(site.has("data/a.json")).isFalse();
        assertThat(site.has("data/page.html")).isTrue();
    }

    @Test
    void aFinishedBuildDropsRemovedPagesAndFilesNoLongerCopied(@TempDir Path dir) throws Exception {
        Path attachment = Files.writeString(dir.resolve("bilag.pdf"), "pdf");
        site.startBuild();
        site.write("a/index.html", bytes("a"));
        site.write("b/index.html", bytes("b"));
        site.copy("bilag/bilag.pdf", attachment);
        site.finishBuild(List.of());

        site.startBuild();
        site.write("a/index.html", bytes("a2"));
        site.finishBuild(List.of("b/index.html"));

        assertThat(site.paths()).containsExactly("a/index.html");
        assertThat(read("a/index.html")).isEqualTo("a2");
    }

    @Test
    void whatABuildThatFailedWroteIsWrittenAgainOrDropped() {
        site.startBuild();
        site.write("a/index.html", bytes("a"));
        site.write("b/index.html", bytes("b"));
        site.finishBuild(List.of());

        site.startBuild();   // fails after writing these two, never finishes
        site.write("a/index.html", bytes("a with an error"));
        site.write("c/index.html", bytes("c with an error"));

        site.startBuild();
        assertThat(site.unsettledFiles().contains("a/index.html")).isTrue();
        assertThat(site.unsettledFiles().contains("c/index.html")).isTrue();
        assertThat(site.unsettledFiles().contains("b/index.html")).isFalse();
        site.write("a/index.html", bytes("a"));
        site.finishBuild(List.of());

        assertThat(site.paths()).containsExactly("a/index.html", "b/index.html");
        assertThat(site.unsettledFiles().contains("a/index.html")).isFalse();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
