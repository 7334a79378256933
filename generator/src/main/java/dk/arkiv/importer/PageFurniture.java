package dk.arkiv.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page headers and footers that a PDF export repeats on every page: "KKR Nordjylland | 20-09-2024",
 * "SIDE | 11", "Dato: 04.12.2012 / Side 3". They are removed from the text, but not before the
 * council and date they carry are noted: some documents state them nowhere else.
 */
final class PageFurniture {
    private static final Pattern NAME_AND_DATE = Pattern.compile(
            "^(\\p{L}[\\p{L} .\\-]{2,60}?)\\s*\\|\\s*(\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:side|page)\\s*[|:]?\\s*\\d{1,4}(?:\\s*(?:af|of|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNNING_HEADER = Pattern.compile(
            "^(.{0,80}?)\\s*[/|,-]?\\s*side\\s*\\d{1,4}(?:\\s*(?:af|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);

    /** What the furniture said about the meeting, and the text without it. */
    record Result(List<TextLine> lines, Map<String, Integer> names, Optional<LocalDate> date, int dateLine) {
    }

    private PageFurniture() {
    }

    static Result remove(List<TextLine> lines) {
        List<TextLine> kept = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<LocalDate, Integer> dates = new LinkedHashMap<>();
        Map<LocalDate, Integer> firstLine = new LinkedHashMap<>();
        for (TextLine line : lines) {
            String text = line.text();
            Matcher footer = NAME_AND_DATE.matcher(text);
            if (footer.matches()) {
                names.merge(footer.group(1).strip(), 1, Integer::sum);
                DateTexts.date(footer.group(2)).ifPresent(d -> {
                    dates.merge(d, 1, Integer::sum);
                    firstLine.putIfAbsent(d, line.number());
                });
                continue;
            }
            if (PAGE_NUMBER.matcher(text).matches()) {
                continue;
            }
            Matcher header = RUNNING_HEADER.matcher(text);
            if (header.matches() && isRunningHeader(header.group(1))) {
                DateTexts.date(header.group(1)).ifPresent(d -> {
                    dates.merge(d, 1, Integer::sum);
                    firstLine.putIfAbsent(d, line.number());
                });
                continue;
            }
            kept.add(line);
        }
        Optional<LocalDate> date = dates.entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        return new Result(kept, names, date, date.map(firstLine::get).orElse(0));
    }

    /** "Dato: 04.12.2012 / Side 3" or "Økonomiudvalget 04-12-2012 Side 3", not a sentence ending in "side 3". */
    private static boolean isRunningHeader(String before) {
        return before.isBlank() || DateTexts.date(before).isPresent() || before.strip().endsWith("/")
                || before.contains("|");
    }
}
