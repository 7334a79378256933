package dk.arkiv.link;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.model.Council;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of src/test/resources/references.txt, and compares the recogniser with a
 * plain search of the whole text on random texts.
 */
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

    /**
     * The recogniser tries its patterns only where a match can begin; a plain search from the
     * text's start, the patterns written out again here, must find the same references. Texts are
     * made of references, near misses and the letters the recogniser looks for first.
     */
    @Test
    void findsWhatASearchOfTheWholeTextFinds() {
        String[] pieces = {"punkt 3.1", "pkt. 2.10", "Pkt 4.1.", "PUNKT 12.3", "punkt 3.1.2", "punktet", "apunkt 3.1",
            "pkt", "p", "P", "d", "D", "den", "Den 5. juni 2024", "mødet den 18. juni 2024", "møde den 1. maj 2020",
            "mødet den 31. februar 2024", "KKR Midtjylland den 6. september 2024", "mødet i KKR Nordjylland den",
            "den 5. juni", "5. juni", " 2024", "juni", "12.", ".", "3.1", "sagen", "æøå", "CO₂", "–", "mødet"};
        String[] separators = {" ", "", "\n", ". ", "(", ", "};
        Random random = new Random(7);
        ReferenceRecogniser recogniser = new ReferenceRecogniser(COUNCILS);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)])
                        .append(separators[random.nextInt(separators.length)]);
            }
            String t = text.toString();
            assertThat(recogniser.find(t)).as(t).isEqualTo(searched(t));
        }
    }

    private static final Pattern ITEM = Pattern.compile(
            "(?:punkt|pkt\\.?)\\s+(\\d{1,2}\\.\\d{1,2})(?![\\d]|\\.\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("den\\s+(\\d{1,2})\\.\\s*(januar|februar|marts|april|maj|juni"
            + "|juli|august|september|oktober|november|december)\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_WORDS = Pattern.compile(
            "(?:(?:KKR\\s+(?<c1>Hovedstaden|Midtjylland|Nordjylland)"
            + "s?\\s+)?møde(?:t)?(?:\\s+i\\s+KKR\\s+(?<c2>Hovedstaden|Midtjylland|Nordjylland))?|KKR\\s+"
            + "(?<c3>Hovedstaden|Midtjylland|Nordjylland)s?)\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");

    /** Every match of the patterns, searched for from the start of the text, without overlaps. */
    private static List<Reference> searched(String text) {
        List<Reference> found = new ArrayList<>();
        Matcher item = ITEM.matcher(text);
        while (item.find()) {
            char before = item.start() == 0 ? ' ' : text.charAt(item.start() - 1);
            if (!Character.isLetter(before) && !Character.isDigit(before) && before != '.') {
                found.add(new Reference(item.start(), item.end(), Optional.empty(), Optional.empty(),
                        Optional.of(item.group(1))));
            }
        }
        Matcher date = DATE.matcher(text);
        while (date.find()) {
            Matcher words = MEETING_WORDS.matcher(text);
            for (int from = Math.max(0, date.start() - 60); from < date.start(); from = words.start() + 1) {
                if (!words.region(from, date.start()).find()) {
                    break;
                }
                if (words.start() == 0 || !Character.isLetter(text.charAt(words.start() - 1))) {
                    meetingDate(date).ifPresent(day -> found.add(new Reference(words.start(), date.end(),
                            council(words), Optional.of(day), Optional.empty())));
                    break;
                }
            }
        }
        found.sort(Comparator.comparingInt(Reference::start));
        List<Reference> withoutOverlaps = new ArrayList<>();
        int end = -1;
        for (Reference reference : found) {
            if (reference.start() >= end) {
                withoutOverlaps.add(reference);
                end = reference.end();
            }
        }
        return withoutOverlaps;
    }

    private static Optional<LocalDate> meetingDate(Matcher date) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)),
                    MONTHS.indexOf(date.group(2).toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(date.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> council(Matcher words) {
        for (String group : new String[] {"c1", "c2", "c3"}) {
            if (words.group(group) != null) {
                return Optional.of(words.group(group).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    private static String describe(String sentence, Reference r) {
        String words = sentence.substring(r.start(), r.end());
        if (r.isItem()) {
            return words + " -> item " + r.itemNumber().orElseThrow();
        }
        return words + " -> meeting " + r.councilId().orElse("this") + " " + r.date().orElseThrow();
    }
}
