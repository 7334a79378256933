package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.model.Council;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of src/test/resources/references.txt. */
class ReferenceRecogniserTest {
    private static final List<Council> COUNCILS = List.of(
            new Council("hovedstaden", "KKR Hovedstaden", "Region Hovedstaden", List.of()),
            new Council("midtjylland", "KKR Midtjylland", "Region Midtjylland", List.of()),
            new Council("nordjylland", "KKR Nordjylland", "Region Nordjylland", List.of()));

    record Example(int line, String sentence, List<String> expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + sentence;
        }
    }

    static Stream<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        List<String> lines;
        try (InputStream in = ReferenceRecogniserTest.class.getResourceAsStream("/references.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("> ")) {
                List<String> expected = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).isBlank()) {
                    if (!lines.get(j).equals("(none)")) {
                        expected.add(lines.get(j));
                    }
                    j++;
                }
                examples.add(new Example(i + 1, lines.get(i).substring(2), expected));
            }
        }
        assertThat(examples).hasSizeGreaterThan(15);
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void recognisesTheReferencesOfTheExample(Example example) {
        List<String> actual = new ReferenceRecogniser(COUNCILS).find(example.sentence()).stream()
                .map(r -> describe(example.sentence(), r))
                .toList();
        assertThat(actual).containsExactlyElementsOf(example.expected());
    }

    private static String describe(String sentence, Reference r) {
        String words = sentence.substring(r.start(), r.end());
        if (r.isItem()) {
            return words + " -> item " + r.itemNumber().orElseThrow();
        }
        return words + " -> meeting " + r.councilId().orElse("this") + " " + r.date().orElseThrow();
    }
}
