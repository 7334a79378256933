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
            "(?:punkt|pkt\\.?)\\s+(\\d{1,2}\\.\\d{1,2})(?![\\d]|\\.\\d)", Pattern.CASE_INSENSITIVE);
    /** Every meeting reference ends in a full date; the words before it are looked for from there. */
    private static final Pattern DATE = Pattern.compile(
            "den\\s+(?<day>\\d{1,2})\\.\\s*(?<month>" + String.join("|", MONTHS) + ")\\s+(?<year>\\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** How far before a date the words naming the meeting may start. */
    private static final int LOOK_BACK = 60;

    private final Pattern meeting;
    private final Map<String, String> councilIdsByName = new HashMap<>();

    public ReferenceRecogniser(List<Council> councils) {
        for (Council council : councils) {
            councilIdsByName.put(shortName(council).toLowerCase(Locale.ROOT), council.id());
        }
        String names = councils.stream().map(ReferenceRecogniser::shortName).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String council = names.isEmpty() ? "(?!)" : "(?:" + names + ")";
        meeting = Pattern.compile("(?:"
                + "(?:KKR\\s+(?<c1>" + council + ")s?\\s+)?møde(?:t)?(?:\\s+i\\s+KKR\\s+(?<c2>" + council + "))?"
                + "|KKR\\s+(?<c3>" + council + ")s?)"
                + "\\s+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** "Midtjylland" for "KKR Midtjylland". */
    private static String shortName(Council council) {
        return council.name().replaceFirst("^KKR\\s+", "");
    }

    public List<Reference> find(String text) {
        List<Reference> found = new ArrayList<>();
        if (mentionsItemWord(text)) {
            // Tried only where a match can begin, "pkt" or "punkt": a search would try every position.
            Matcher items = ITEM.matcher(text);
            for (int at = nextItemWord(text, 0); at < text.length(); at = nextItemWord(text, at + 1)) {
                if (items.region(at, text.length()).lookingAt()) {
                    if (startsWord(text, at, true)) {
                        found.add(new Reference(at, items.end(), Optional.empty(), Optional.empty(),
                                Optional.of(items.group(1))));
                    }
                    at = items.end() - 1; // the next match starts after this one, as a search's would
                }
            }
        }
        int dayOfMonth = firstDayOfMonth(text);
        if (dayOfMonth >= 0 && mentions(text, "den", "Den", "DEN")) {
            Matcher dates = DATE.matcher(text);
            for (int at = nextDen(text, dateStartBefore(text, dayOfMonth)); at < text.length();
                    at = nextDen(text, at + 1)) {
                if (dates.region(at, text.length()).lookingAt()) {
                    meetingBefore(text, dates).ifPresent(found::add);
                    at = dates.end() - 1; // as above
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return withoutOverlaps(found);
    }

    /** The meeting reference that ends with the date just found, if words naming a meeting precede it. */
    private Optional<Reference> meetingBefore(String text, Matcher date) {
        Matcher words = meeting.matcher(text);
        for (int from = Math.max(0, date.start() - LOOK_BACK); from < date.start(); from = words.start() + 1) {
            if (!words.region(from, date.start()).find()) {
                return Optional.empty();
            }
            if (startsWord(text, words.start(), false)) {
                return meetingDate(date).map(d -> new Reference(words.start(), date.end(), council(words),
                        Optional.of(d), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** Whether a match starts a word: no letter (nor, for item numbers, digit or dot) right before it. */
    private static boolean startsWord(String text, int start, boolean item) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isLetter(before) && !(item && (Character.isDigit(before) || before == '.'));
    }

    private static final String[] ITEM_WORDS = {"pkt", "Pkt", "PKT", "punkt", "Punkt", "PUNKT"};

    /**
     * Cheap tests before the patterns run, since most texts hold no reference at all. Each reads the
     * text once: a search per spelling would read it once per spelling.
     */
    private static boolean mentionsItemWord(String text) {
        int lower = text.indexOf('p');
        int upper = text.indexOf('P');
        while (lower >= 0 || upper >= 0) {
            int p = lower < 0 ? upper : upper < 0 ? lower : Math.min(lower, upper);
            for (String word : ITEM_WORDS) {
                if (text.startsWith(word, p)) {
                    return true;
                }
            }
            if (p == lower) {
                lower = text.indexOf('p', p + 1);
            } else {
                upper = text.indexOf('P', p + 1);
            }
        }
        return false;
    }

    /** Where a match of ITEM can begin from {@code from} on, a "pkt" or "punkt" in any case, or the text's length. */
    private static int nextItemWord(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if ((c == 'p' || c == 'P')
                    && (text.regionMatches(true, p, "pkt", 0, 3) || text.regionMatches(true, p, "punkt", 0, 5))) {
                return p;
            }
        }
        return text.length();
    }

    /** Where a match of DATE can begin from {@code from} on, a "den" in any case, or the text's length. */
    private static int nextDen(String text, int from) {
        for (int p = from; p < text.length(); p++) {
            char c = text.charAt(p);
            if ((c == 'd' || c == 'D') && text.regionMatches(true, p, "den", 0, 3)) {
                return p;
            }
        }
        return text.length();
    }

    /**
     * Where a DATE match around the day of month at {@code dot} would begin: before its digits and
     * the white space before them, "den". No match begins earlier, as a match is "den", white
     * space, digits and a dot, and the first dot that could end its day is this one.
     */
    private static int dateStartBefore(String text, int dot) {
        int start = dot;
        while (start > 0 && dot - start < 2 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return Math.max(0, start - "den".length());
    }

    /** The first dot after a day that is followed by a month's name, as in "5. juni", or -1. */
    private static int firstDayOfMonth(String text) {
        for (int dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (dot == 0 || !Character.isDigit(text.charAt(dot - 1))) {
                continue;
            }
            int next = dot + 1;
            while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            for (String month : MONTHS) {
                if (text.regionMatches(true, next, month, 0, month.length())) {
                    return dot;
                }
            }
        }
        return -1;
    }

    private static boolean mentions(String text, String... spellings) {
        for (String spelling : spellings) {
            if (text.contains(spelling)) {
                return true;
            }
        }
        return false;
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
