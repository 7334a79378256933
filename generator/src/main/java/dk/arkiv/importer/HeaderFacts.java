package dk.arkiv.importer;

import dk.arkiv.model.MeetingKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The meeting's facts as the text before the first item states them: kind ("REFERAT",
 * "Dagsorden"), date and time ("Dato: 06-09-2024 10:00", "Mødedato: 04.12.2012",
 * "tirsdag den 4. december 2012, kl. 13:00"), place ("Sted:", "Mødested:").
 *
 * @param dateLine the source line the date was read from, 0 when none
 */
record HeaderFacts(Optional<MeetingKind> kind, Optional<LocalDate> date, int dateLine, Optional<String> time,
                   Optional<String> place) {
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:dato|mødedato|møde ?dato|dato og tid|dato og tidspunkt|tidspunkt|mødetidspunkt|tid|afholdt|holdt)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TIME_LABEL = Pattern.compile(
            "^(?:mødetidspunkt|mødetid|tidspunkt|tid|starttidspunkt|mødestart|kl)\\.?\\s*:?\\s*(?:kl\\.?\\s*)?(\\d{1,2}[:.]\\d{2}).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLACE_LABEL = Pattern.compile(
            "^(?:sted|mødested|mødelokale|lokale|lokation|adresse)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern KIND = Pattern.compile(
            "^(referat|dagsorden|beslutningsprotokol|protokol|mødereferat|beslutningsreferat)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static HeaderFacts read(List<Block> header) {
        Optional<MeetingKind> kind = Optional.empty();
        Optional<LocalDate> date = Optional.empty();
        int dateLine = 0;
        Optional<String> time = Optional.empty();
        Optional<String> place = Optional.empty();
        for (int pass = 0; pass < 3 && date.isEmpty(); pass++) {
            for (Block block : header) {
                String text = block.text();
                Optional<LocalDate> found = dateIn(text, pass);
                if (found.isPresent()) {
                    date = found;
                    dateLine = block.line();
                    time = DateTexts.time(text.substring(Math.min(text.length(), dateEnd(text))));
                    break;
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String text = header.get(i).text();
            Matcher m;
            if (kind.isEmpty() && i < 15 && (m = KIND.matcher(text)).matches()) {
                String word = m.group(1).toLowerCase(Locale.ROOT);
                kind = Optional.of(word.equals("dagsorden") ? MeetingKind.AGENDA : MeetingKind.MINUTES);
            }
            if (time.isEmpty() && (m = TIME_LABEL.matcher(text)).matches()) {
                time = DateTexts.time("kl. " + m.group(1));
            }
            if (place.isEmpty() && (m = PLACE_LABEL.matcher(text)).matches()) {
                place = Optional.of(m.group(1).strip().replaceAll("[.,;]+$", "")).filter(p -> !p.isEmpty());
            }
        }
        return new HeaderFacts(kind, date, dateLine, time, place);
    }

    /** Pass 0: a labelled date; pass 1: a line that starts with a weekday; pass 2: a short line with a date. */
    private static Optional<LocalDate> dateIn(String text, int pass) {
        return switch (pass) {
            case 0 -> {
                Matcher m = DATE_LABEL.matcher(text);
                yield m.matches() ? DateTexts.date(m.group(1)) : Optional.empty();
            }
            case 1 -> WEEKDAY.matcher(text).matches() ? DateTexts.date(text) : Optional.empty();
            default -> text.length() <= 60 && !LineShapes.isPerson(text) ? DateTexts.date(text) : Optional.empty();
        };
    }

    /** Where the date ends, so that "kl. 13:00" or " 10:00" after it is read as the time. */
    private static int dateEnd(String text) {
        Matcher m = Pattern.compile("\\d{4}").matcher(text);
        return m.find() ? m.end() : 0;
    }
}
