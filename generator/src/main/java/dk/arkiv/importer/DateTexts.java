package dk.arkiv.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as Danish documents write them: "06-09-2024", "04.12.2012", "2024-09-06",
 * "tirsdag den 4. december 2012", "4. dec. 2012", and "kl. 13:00", "10.00".
 */
final class DateTexts {
    private static final List<String> MONTHS = List.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
            "august", "september", "oktober", "november", "december");
    private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})(?!\\d)");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern WRITTEN = Pattern.compile(
            "(?<!\\d)(\\d{1,2})\\.?\\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME = Pattern.compile("(?<![\\d.,:])(\\d{1,2})[:.](\\d{2})(?!\\d|[.,:]\\d)");

    private DateTexts() {
    }

    /** The first date in the text. */
    static Optional<LocalDate> date(String text) {
        Match first = null;
        for (Match m : java.util.Arrays.asList(find(ISO, text, 1, 2, 3), find(NUMERIC, text, 3, 2, 1), written(text))) {
            if (m != null && (first == null || m.start < first.start)) {
                first = m;
            }
        }
        return first == null ? Optional.empty() : Optional.of(first.date);
    }

    /** A start time after the date or after "kl.", as "HH:MM". */
    static Optional<String> time(String text) {
        Matcher m = TIME.matcher(text);
        while (m.find()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return Optional.of(String.format(Locale.ROOT, "%02d:%02d", hour, minute));
            }
        }
        return Optional.empty();
    }

    private record Match(int start, LocalDate date) {
    }

    private static Match find(Pattern pattern, String text, int year, int month, int day) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                return new Match(m.start(), LocalDate.of(Integer.parseInt(m.group(year)),
                        Integer.parseInt(m.group(month)), Integer.parseInt(m.group(day))));
            } catch (DateTimeException | NumberFormatException notADate) {
                // "31-02-2024" or a phone number: look further
            }
        }
        return null;
    }

    private static Match written(String text) {
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            for (int i = 0; i < MONTHS.size(); i++) {
                if (MONTHS.get(i).startsWith(name.length() >= 3 ? name.substring(0, 3) : name)) {
                    try {
                        return new Match(m.start(), LocalDate.of(Integer.parseInt(m.group(3)), i + 1,
                                Integer.parseInt(m.group(1))));
                    } catch (DateTimeException notADate) {
                        break;
                    }
                }
            }
        }
        return null;
    }
}
