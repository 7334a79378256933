package dk.arkiv.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
}
