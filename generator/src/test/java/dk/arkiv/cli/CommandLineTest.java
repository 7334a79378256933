package dk.arkiv.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {
    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private String[] build(Path content, Path site, String... more) {
        String[] base = {"build", "--content", content.toString(), "--templates", TestSites.templates().toString(),
            "--out", site.toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aSuccessfulBuildExitsZeroAndSaysWhatItWrote() throws IOException {
        Path content = TestSites.minimalContent(dir);
        int code = run(build(content, dir.resolve("site")));
        assertThat(code).isZero();
        assertThat(out.toString()).containsPattern("Built \\d+ pages \\(\\d+ files\\) in [0-9.]+ s into ");
        assertThat(dir.resolve("site/index.html")).isRegularFile();
    }

    @Test
    void verboseNamesEveryStageOfTheBuildWithItsTime() throws IOException {
        Path content = TestSites.minimalContent(dir);
        assertThat(run(build(content, dir.resolve("site"), "--verbose"))).isZero();
        assertThat(out.toString()).containsPattern("Stages: load [0-9.]+ s, link [0-9.]+ s, plan [0-9.]+ s, "
                + "pages [0-9.]+ s, feeds, calendars, sitemap [0-9.]+ s \\(alongside\\), search index [0-9.]+ s "
                + "\\(alongside\\), open data [0-9.]+ s \\(alongside\\), "
                + "attachments, assets [0-9.]+ s, replace output [0-9.]+ s");
    }

    @Test
    void contentErrorsExitOneWithPathAndLineAndLeaveTheSiteAsItWas() throws IOException {
        Path content = TestSites.minimalContent(dir);
        Path site = dir.resolve("site");
        assertThat(run(build(content, site))).isZero();
        byte[] before = Files.readAllBytes(site.resolve("index.html"));
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"),
                TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY).replace("party: A", "party: Q"));

        int code = run(build(content, site));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("meetings/nordjylland/2024-09-20.md:8:", "error: unknown party 'Q'",
                "errors; ", "was not changed");
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(before);
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site", ".site.lock");
        }
    }

    @Test
    void aRunOfOneCommandPreparesOnlyThatCommandAndHelpPreparesThemAll() {
        assertThat(Main.commandLine("build").getSubcommands().keySet()).containsExactly("build");
        assertThat(Main.commandLine("help").getSubcommands().keySet())
                .containsExactly("build", "check", "new", "serve", "import", "help");
        assertThat(Main.commandLine("bild").getSubcommands()).hasSize(6);
    }

    @Test
    void runningOutOfMemoryTellsHowToGiveJavaMoreRatherThanReportingAnInternalError() {
        for (Throwable thrown : new Throwable[] {
            new OutOfMemoryError("Java heap space"),
            new ExecutionException(new OutOfMemoryError("Java heap space")),
        }) {
            StringWriter messages = new StringWriter();
            CommandLine commandLine = Main.commandLine("build");
            commandLine.addSubcommand("exhaust", new CommandLine(new Throwing(thrown)));
            commandLine.setErr(new PrintWriter(messages, true));

            assertThat(Main.execute(commandLine, "exhaust")).isEqualTo(Main.CONTENT_ERRORS);
            assertThat(messages.toString())
                    .contains("needs more memory than Java may use here", "ARKIV_JAVA_OPTS=-Xmx8g")
                    .doesNotContain("internal error");
        }
    }

    /** A command that fails as a build does when the heap runs out, in the thread itself or in another. */
    @CommandLine.Command(name = "exhaust")
    static final class Throwing implements Callable<Integer> {
        private final Throwable thrown;

        Throwing(Throwable thrown) {
            this.thrown = thrown;
        }

        @Override
        public Integer call() throws Exception {
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (Exception) thrown;
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        assertThat(run("build", "--contnet", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("'--contnet'", "Possible solutions: --content");
    }

    @Test
    void aBaseUrlThatIsNotAnAddressIsAUsageError() throws IOException {
        Path content = TestSites.minimalContent(dir);
        assertThat(run(build(content, dir.resolve("site"), "--base-url", "example.org"))).isEqualTo(2);
        assertThat(err.toString()).contains("--base-url must be a web address");
    }

    @Test
    void helpAndVersionWork() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("arkiv ");
        assertThat(run("build", "--help")).isZero();
        assertThat(out.toString()).contains("--content", "--templates", "--out", "--base-url");
    }

    @Test
    void aDirectoryThatArkivDidNotMakeIsNeverReplaced() throws IOException {
        Path content = TestSites.minimalContent(dir);
        Path precious = dir.resolve("documents");
        TestSites.write(precious.resolve("letter.txt"), "keep me");
        assertThat(run(build(content, precious))).isEqualTo(1);
        assertThat(err.toString()).contains("not empty and was not made by arkiv build");
        assertThat(precious.resolve("letter.txt")).hasContent("keep me");
    }
}
