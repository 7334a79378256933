package dk.arkiv.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever happened to a document on its way (lines broken at random, sections
 * deleted, the file cut short, bytes garbled), the importer either gives a meeting whose file
 * passes the build's structural rules, or a problem naming the file. Never an exception.
 */
class MangledInputTest {
    private static final List<String> SEEDS = List.of("000_", "001_", "002_", "004_");
    private static final String[] MANGLINGS = {"line breaks", "deleted sections", "truncated", "garbled", "shuffled lines"};

    @TempDir
    static Path dir;

    static Stream<Arguments> mangledSeeds() {
        return IntStream.range(0, 60).mapToObj(i -> Arguments.of(SEEDS.get(i % SEEDS.size()), MANGLINGS[i % MANGLINGS.length],
                1000L + i));
    }

    @ParameterizedTest(name = "{0} with {1} (seed {2})")
    @MethodSource("mangledSeeds")
    void aMangledDocumentGivesAMeetingThatBuildsOrALocatedProblem(String prefix, String mangling, long seed) throws IOException {
        Path content = dir.resolve("content");
        if (!Files.exists(content)) {
            ImporterFixtures.content(dir);
        }
        String original = Files.readString(ImporterFixtures.seed(prefix));
        Path file = Path.of("mangled-" + prefix + seed + ".txt");
        String text = mangle(original, mangling, new Random(seed));
        Importer importer = new Importer(ImportContext.load(content));

        Outcome<ImportedMeeting> outcome = importer.recognise(SourceText.of(file, text),
                ImportOptions.none().withDate(LocalDate.of(2024, 6, 18)).forced());

        if (outcome instanceof Outcome.Done<ImportedMeeting> done) {
            ImportedMeeting meeting = done.value();
            assertThat(meeting.items()).isNotEmpty();
            MeetingFileChecks.assertBuilds(MeetingFile.render(meeting), meeting.council(), meeting.date() + ".md", content);
        } else {
            Problem problem = ((Outcome.Refused<ImportedMeeting>) outcome).problem();
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.toString()).startsWith(file + ":").contains("; ");
        }
    }

    static String mangle(String text, String mangling, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        switch (mangling) {
            case "line breaks" -> {
                List<String> out = new ArrayList<>();
                for (String line : lines) {
                    if (line.length() > 20 && random.nextInt(3) == 0) {
                        int at = 1 + random.nextInt(line.length() - 1);
                        out.add(line.substring(0, at) + (random.nextBoolean() ? "-" : ""));
                        out.add(random.nextBoolean() ? "" : " ");
                        out.add(line.substring(at));
                    } else {
                        out.add(line);
                    }
                }
                return String.join(random.nextBoolean() ? "\n" : "\r\n", out);
            }
            case "deleted sections" -> {
                for (int k = 0; k < 8 && lines.size() > 10; k++) {
                    int from = random.nextInt(lines.size() - 5);
                    lines.subList(from, Math.min(lines.size(), from + 1 + random.nextInt(40))).clear();
                }
                return String.join("\n", lines);
            }
            case "truncated" -> {
                return "\uFEFF" + text.substring(0, random.nextInt(text.length()));
            }
            case "garbled" -> {
                char[] chars = text.toCharArray();
                String noise = "#*_|\t-–•()[]<>\\./:0123456789ÆØÅæøå ";
                for (int k = 0; k < chars.length / 50; k++) {
                    chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
                }
                return new String(chars);
            }
            default -> {
                for (int k = 0; k < 20; k++) {
                    int a = random.nextInt(lines.size());
                    int b = random.nextInt(lines.size());
                    String swap = lines.get(a);
                    lines.set(a, lines.get(b));
                    lines.set(b, swap);
                }
                return String.join("\n", lines);
            }
        }
    }

}
