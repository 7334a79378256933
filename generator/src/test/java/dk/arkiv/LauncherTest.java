package dk.arkiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM settings the launcher ({@code ./arkiv}) chooses by the archive's size, read through its
 * {@code ARKIV_PRINT_JAVA_OPTIONS=tuning}, which prints them before anything is built or run.
 * Meeting files are sparse: the launcher measures the content by its files' sizes.
 */
class LauncherTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final long MB = 1 << 20;

    @TempDir
    Path dir;

    @Test
    void aSmallArchiveGetsNoHeapCeilingAndTheQuickCompilerSoonest() throws Exception {
        List<String> options = options(archive(4, 40_000), "build");
        assertThat(options).noneMatch(o -> o.startsWith("-Xmx"))
                .contains("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.5");
    }

    @Test
    void fromTwoHundredMeetingsTheHeapIsTenTimesTheContentAndAtLeast256Mb() throws Exception {
        assumeTrue(memoryJavaMayUse() / 4 > 400 * MB, "a machine with room for the ceilings below");
        assertThat(options(archive(200, 1_000), "build")).contains("-Xmx256m", "-XX:CompileThresholdScaling=0.3");
        // 300 meetings of 100,000 bytes: 30,000,000 bytes, ten times that is 286 MiB.
        assertThat(options(archive(300, 100_000), "build")).contains("-Xmx286m")
                .noneMatch(o -> o.startsWith("-XX:InitialRAMPercentage"));
    }

    @Test
    void fromTwoThousandMeetingsTheHeapStartsAtItsCeilingAndC2Compiles() throws Exception {
        List<String> options = options(archive(2_000, 100), "build");
        assertThat(options).anyMatch(o -> o.startsWith("-XX:InitialRAMPercentage="))
                .doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void buildsAskForHugePagesExactlyWhereTheKernelOffersThemForTheAsking() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String kernel = Files.isReadable(setting) ? Files.readString(setting) : "";
        boolean offered = kernel.contains("[madvise]") || kernel.contains("[always]");
        assertThat(options(archive(4, 100), "build").contains("-XX:+UseTransparentHugePages")).isEqualTo(offered);
        assertThat(options(archive(1_000, 100), "build").contains("-XX:+UseTransparentHugePages")).isEqualTo(offered);
    }

    @Test
    void thePreviewServerRunsWithTheJvmsOwnSettings() throws Exception {
        assertThat(options(archive(1_000, 100), "serve")).isEmpty();
    }

    /** The content directory of an archive of {@code meetings} files of {@code bytes} each. */
    private Path archive(int meetings, long bytes) throws IOException {
        Path content = Files.createTempDirectory(dir, "content");
        Path council = Files.createDirectories(content.resolve("meetings/hovedstaden"));
        for (int i = 0; i < meetings; i++) {
            try (RandomAccessFile file = new RandomAccessFile(council.resolve("m" + i + ".md").toFile(), "rw")) {
                file.setLength(bytes);
            }
        }
        return content;
    }

    private static List<String> options(Path content, String command) throws Exception {
        List<String> commandLine = new ArrayList<>(List.of("bash", REPOSITORY.resolve("arkiv").toString(), command,
                "--content", content.toString()));
        ProcessBuilder launcher = new ProcessBuilder(commandLine).redirectErrorStream(true);
        launcher.environment().put("ARKIV_PRINT_JAVA_OPTIONS", "tuning");
        launcher.environment().remove("ARKIV_JAVA_OPTS");
        Process process = launcher.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor()).as(printed).isZero();
        return printed.isEmpty() ? List.of() : List.of(printed.split("\\s+"));
    }

    /** The machine's memory, or the container's limit when lower, as the launcher reads them. */
    private static long memoryJavaMayUse() throws IOException {
        long memory = Long.MAX_VALUE;
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                memory = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        for (String limit : List.of("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes")) {
            Path file = Path.of(limit);
            if (Files.isReadable(file)) {
                String value = Files.readString(file).trim();
                if (value.matches("\\d+")) {
                    memory = Math.min(memory, Long.parseLong(value));
                }
                break;
            }
        }
        return memory;
    }
}
