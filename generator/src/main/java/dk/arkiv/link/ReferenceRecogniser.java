package dk.arkiv.link;

import dk.arkiv.model.Council;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds references to items and meetings in Danish meeting text. It only recognises; whether a
 * target exists is for the caller to decide. See src/test/resources/references.txt for examples
 * of what is and is not a reference.
 */
public final class ReferenceRecogniser {
    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\p{L}\\d.])(?:punkt|pkt\\.?)\\s+(\\d{1,2}\\.\\d{1,2})(?![\\d]|\\.\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Pattern meeting;
    private final Map<String, String> councilIdsByName = new HashMap<>();

    public ReferenceRecogniser(List<Council> councils) {
        for (Council council : councils) {
            councilIdsByName.put(shortName(council).toLowerCase(Locale.ROOT), council.id());
        }
        String names = councils.stream().map(ReferenceRecogniser::shortName).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String council = names.isEmpty() ? "(?!)" : "(?:" + names + ")";
        String date = "den\\s+(?<day>\\d{1,2})\\.\\s*(?<month>" + String.join("|", MONTHS) + ")\\s+(?<year>\\d{4})";
        meeting = Pattern.compile("(?<![\\p{L}])(?:"
                + "(?:KKR\\s+(?<c1>" + council + ")s?\\s+)?møde(?:t)?(?:\\s+i\\s+KKR\\s+(?<c2>" + council + "))?"
                + "|KKR\\s+(?<c3>" + council + ")s?)"
                + "\\s+" + date, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "Midtjylland" for "KKR Midtjylland". */
    private static String shortName(Council council) {
        return council.name().replaceFirst("^KKR\\s+", "");
    }

    public List<Reference> find(String text) {
        List<Reference> found = new ArrayList<>();
        Matcher items = ITEM.matcher(text);
        while (items.find()) {
            found.add(new Reference(items.start(), items.end(), Optional.empty(), Optional.empty(),
                    Optional.of(items.group(1))));
        }
        Matcher meetings = meeting.matcher(text);
        while (meetings.find()) {
            meetingDate(meetings).ifPresent(date -> found.add(new Reference(meetings.start(), meetings.end(),
                    council(meetings), Optional.of(date), Optional.empty())));
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return withoutOverlaps(found);
    }

    private Optional<String> council(Matcher m) {
        for (String group : new String[] {"c1", "c2", "c3"}) {
            String name = m.group(group);
            if (name != null) {
                return Optional.ofNullable(councilIdsByName.get(name.toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> meetingDate(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year")),
                    MONTHS.indexOf(m.group("month").toLowerCase(Locale.ROOT)) + 1, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static List<Reference> withoutOverlaps(List<Reference> sorted) {
        List<Reference> out = new ArrayList<>();
        int end = -1;
        for (Reference reference : sorted) {
            if (reference.start() >= end) {
                out.add(reference);
                end = reference.end();
            }
        }
        return out;
    }
}
