package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dk.arkiv.TestSites;
import dk.arkiv.content.ContentLoader;
import dk.arkiv.content.Diagnostic;
import dk.arkiv.content.Diagnostics;
import dk.arkiv.content.OutlineParser;
import dk.arkiv.content.SourceFile;
import dk.arkiv.link.Reference;
import dk.arkiv.link.ReferenceRecogniser;
import dk.arkiv.model.Council;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests over generated inputs (seeded, so every failure can be replayed): for any input,
 * a valid model or located errors, never an unexpected exception.
 */
class GeneratedInputsTest {
    private static final String VALID = TestSites.minutes("2024-09-20", "", TestSites.MINUTES_BODY);
    private static final String[] FRAGMENTS = {"---", "#", "##", "###", "####", " ", "\n", "\n\n", "1.", "3.7.",
        "- ", "{", "}", "[", "]", ":", "\"", "'", "&a", "*a", "!!python/object", "|", ">", "\t", "\r", "\uFEFF",
        "punkt 3.1", "pkt. 2", "mødet den 18. juni 2024", "KKR Midtjylland den 6. september 2024", "den 31. juni 2024",
        "```", "<b>", "æøå", "\u0000", "𝄞", "title: x", "number: \"1.1\"", "items:", "- {name: A, party: A}"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 1000L + i);
    }

    /** A valid meeting file damaged the way real files get damaged. */
    static String mangle(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int damage = 1 + random.nextInt(4);
        for (int d = 0; d < damage; d++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(at, lines.get(at) + FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                case 3 -> {
                    String line = lines.get(at);
                    int cut = line.isEmpty() ? 0 : random.nextInt(line.length());
                    lines.set(at, line.substring(0, cut));
                    lines.add(at + 1, line.substring(cut));
                }
                case 4 -> {
                    return String.join("\n", lines.subList(0, at));
                }
                case 5 -> lines.set(at, "  " + lines.get(at));
                default -> lines.set(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
        }
        return String.join("\n", lines);
    }

    static String noise(Random random, int pieces) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            if (random.nextInt(4) == 0) {
                out.append((char) random.nextInt(0x3000));
            }
        }
        return out.toString();
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("seeds")
    void theLoaderGivesAMeetingOrLocatedErrorsForAnyDamagedFile(long seed) throws IOException {
        Path content = TestSites.minimalContent(dir);
        Path file = content.resolve("meetings/nordjylland/2024-09-20.md");
        TestSites.write(file, mangle(VALID, new Random(seed)));

        ContentLoader.Result result = new ContentLoader().load(content);

        List<Diagnostic> errors = result.diagnostics().sorted().stream().filter(Diagnostic::isError).toList();
        if (errors.isEmpty()) {
            assertThat(result.archive().meetings()).hasSize(1);
        } else {
            assertThat(errors).allSatisfy(e -> {
                assertThat(e.file()).endsWith("2024-09-20.md");
                assertThat(e.line()).isBetween(0, Files.readString(file).split("\n", -1).length + 1);
                assertThat(e.message()).isNotBlank();
            });
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theOutlineParserAcceptsAnyText(long seed) {
        String body = noise(new Random(seed), 60);
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = new SourceFile(Path.of("x.md"), "x.md", "x.md");
        assertThatCode(() -> new OutlineParser().parse(file, body, 1, diagnostics)).doesNotThrowAnyException();
        assertThat(diagnostics.sorted()).allSatisfy(d -> assertThat(d.line()).isPositive());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theRecogniserReturnsOrderedSpansInsideTheText(long seed) {
        String text = noise(new Random(seed), 80);
        ReferenceRecogniser recogniser = new ReferenceRecogniser(List.of(
                new Council("midtjylland", "KKR Midtjylland", "Region Midtjylland", List.of())));
        List<Reference> found = recogniser.find(text);
        int end = 0;
        for (Reference reference : found) {
            assertThat(reference.start()).isGreaterThanOrEqualTo(end);
            assertThat(reference.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(reference.start());
            assertThat(reference.itemNumber().isPresent() != reference.date().isPresent()).isTrue();
            end = reference.end();
        }
    }
}
