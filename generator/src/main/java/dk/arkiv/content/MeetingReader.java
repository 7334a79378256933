package dk.arkiv.content;

import dk.arkiv.model.Attendance;
import dk.arkiv.model.Council;
import dk.arkiv.model.Guest;
import dk.arkiv.model.Item;
import dk.arkiv.model.ItemGroup;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one meeting file: its front matter, its body's outline, and checks the two agree. */
final class MeetingReader {
    private static final List<String> MEETING_FIELDS = List.of("council", "kind", "date", "time", "place", "sag",
            "attendees", "absent", "guests", "items", "draft", "publish_from");
    private static final List<String> MEMBER_FIELDS = List.of("name", "party", "municipality", "substitute_for");
    private static final List<String> GUEST_FIELDS = List.of("name", "title", "organisation");

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(\\.dagsorden)?\\.md");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}[:.]\\d{2}))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");

    private final Path contentDir;
    private final Vocabulary vocabulary;
    private final OutlineParser outlineParser = new OutlineParser();

    MeetingReader(Path contentDir, Vocabulary vocabulary) {
        this.contentDir = contentDir;
        this.vocabulary = vocabulary;
    }

    Optional<Meeting> read(SourceFile file, Diagnostics diagnostics) {
        Optional<FrontMatter> frontMatter = TextFiles.read(file, diagnostics)
                .flatMap(text -> FrontMatter.split(file, text, diagnostics));
        if (frontMatter.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = frontMatter.get();
        Optional<Fields> fields = Yaml.parse(file, fm.yaml(), fm.yamlFirstLine(), diagnostics)
                .flatMap(node -> Fields.of(file, fm.yamlFirstLine(), diagnostics, node, "the front matter"));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Outline outline = outlineParser.parse(file, fm.body(), fm.bodyFirstLine(), diagnostics);
        return Optional.ofNullable(new Reading(file, fields.get(), diagnostics).meeting(outline));
    }

    /** The state of reading one file, so that helpers need not pass it around. */
    private final class Reading {
        private final SourceFile file;
        private final Fields f;
        private final Diagnostics diagnostics;
        private Council council;

        Reading(SourceFile file, Fields f, Diagnostics diagnostics) {
            this.file = file;
            this.f = f;
            this.diagnostics = diagnostics;
        }

        Meeting meeting(Outline outline) {
            f.rejectUnknown(MEETING_FIELDS);
            String councilId = f.required("council", "hovedstaden");
            council = vocabulary.councils().get(councilId);
            if (!councilId.isEmpty() && council == null) {
                f.error("council", "unknown council '" + councilId + "'" + Hints.knownOrClosest(councilId,
                        vocabulary.councils().keySet(), "content/councils/<id>.yaml"));
            }
            String kindCode = f.required("kind", "referat");
            Optional<MeetingKind> kind = MeetingKind.fromCode(kindCode);
            if (!kindCode.isEmpty() && kind.isEmpty()) {
                f.error("kind", "kind must be 'dagsorden' (agenda) or 'referat' (minutes), not '" + kindCode + "'");
            }
            Optional<LocalDate> date = date(f.required("date", "2024-09-06"));
            Optional<LocalTime> time = f.string("time").flatMap(this::time);
            Optional<LocalDateTime> publishFrom = f.string("publish_from").flatMap(this::publishFrom);

            List<Attendance> attendees = members("attendees");
            List<Attendance> absent = members("absent");
            List<Guest> guests = guests();
            Map<String, Fields> itemFields = items();
            List<ItemGroup> groups = groups(outline, itemFields);
            checkFileName(councilId, kind, date);
            checkDecisions(kind, groups);

            if (council == null || kind.isEmpty() || date.isEmpty()) {
                return null;
            }
            boolean attendanceRecorded = kind.get() == MeetingKind.MINUTES || f.has("attendees") || f.has("absent");
            return new Meeting(councilId, kind.get(), date.get(), time, f.string("place"), f.string("sag"),
                    attendees, absent, guests, attendanceRecorded, groups, f.flag("draft"), publishFrom,
                    file.relative());
        }

        private Optional<LocalDate> date(String text) {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Matcher m = DATE.matcher(text);
            if (!m.matches()) {
                f.error("date", "date '" + text + "' must be written YYYY-MM-DD, e.g. 2024-09-06");
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                f.error("date", "date " + text + " does not exist; check the day and the month");
                return Optional.empty();
            }
        }

        private Optional<LocalTime> time(String text) {
            Matcher m = TIME.matcher(text);
            if (m.matches()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = Integer.parseInt(m.group(2));
                if (hour < 24 && minute < 60) {
                    return Optional.of(LocalTime.of(hour, minute));
                }
            }
            f.error("time", "time '" + text + "' must be written \"HH:MM\" (in quotes), e.g. time: \"10:00\"");
            return Optional.empty();
        }

        private Optional<LocalDateTime> publishFrom(String text) {
            Matcher m = DATE_TIME.matcher(text);
            if (m.matches()) {
                Optional<LocalDate> day = date(m.group(1));
                if (day.isEmpty()) {
                    return Optional.empty();
                }
                Optional<LocalTime> at = m.group(2) == null ? Optional.of(LocalTime.MIDNIGHT) : time(m.group(2));
                return at.map(t -> LocalDateTime.of(day.get(), t));
            }
            f.error("publish_from", "publish_from '" + text + "' must be written YYYY-MM-DDTHH:MM,"
                    + " e.g. publish_from: 2024-09-01T12:00");
            return Optional.empty();
        }

        private List<Attendance> members(String key) {
            List<Attendance> out = new ArrayList<>();
            for (Fields member : f.records(key, "members, e.g. '- {name: Torben Hansen, party: A,"
                    + " municipality: Randers}'")) {
                member.rejectUnknown(MEMBER_FIELDS);
                String name = member.required("name", "Torben Hansen");
                Optional<String> party = member.string("party");
                party.filter(p -> !vocabulary.parties().containsKey(p)).ifPresent(p -> member.error("party",
                        "unknown party '" + p + "'; known: " + String.join(", ",
                                vocabulary.parties().keySet().stream().sorted().toList())
                                + " (parties are listed in content/parties.yaml)"));
                Optional<String> municipality = member.string("municipality");
                if (council != null && municipality.isPresent()
                        && !council.municipalities().contains(municipality.get())) {
                    member.warning("municipality", "'" + municipality.get() + "' is not a municipality of "
                            + council.name() + Hints.didYouMean(municipality.get(), council.municipalities()));
                }
                if (!name.isEmpty()) {
                    out.add(new Attendance(name, party.orElse(""), municipality.orElse(""),
                            member.string("substitute_for")));
                }
            }
            return out;
        }

        private List<Guest> guests() {
            List<Guest> out = new ArrayList<>();
            for (Fields guest : f.records("guests", "guests, e.g. '- {name: Jonna Holm Pedersen,"
                    + " title: specialkonsulent, organisation: KL}'")) {
                guest.rejectUnknown(GUEST_FIELDS);
                String name = guest.required("name", "Jonna Holm Pedersen");
                if (!name.isEmpty()) {
                    out.add(new Guest(name, guest.string("title").orElse(""), guest.string("organisation").orElse("")));
                }
            }
            return out;
        }

        /** The items of the front matter by number, in order; duplicates reported. */
        private Map<String, Fields> items() {
            if (!f.has("items")) {
                f.error("items", "'items' is missing; list the meeting's items, e.g. items:"
                        + " [{number: \"1.1\", title: Godkendelse af dagsorden}]");
            }
            Map<String, Fields> out = new LinkedHashMap<>();
            for (Fields item : f.records("items", "items, e.g. '- {number: \"1.1\", title: Godkendelse af dagsorden}'")) {
                item.rejectUnknown(ItemReader.FIELDS);
                String number = item.required("number", "\"1.1\"");
                item.required("title", "Godkendelse af dagsorden");
                if (number.isEmpty()) {
                    continue;
                }
                if (!NUMBER.matcher(number).matches()) {
                    item.error("number", "item number '" + number + "' must be digits and dots, e.g. \"3.7\"");
                    continue;
                }
                Fields earlier = out.putIfAbsent(number, item);
                if (earlier != null) {
                    item.error("number", "item " + number + " is listed twice (first on line "
                            + earlier.line() + "); item numbers must be unique");
                }
            }
            return out;
        }

        private List<ItemGroup> groups(Outline outline, Map<String, Fields> itemFields) {
            ItemReader itemReader = new ItemReader(file, diagnostics, vocabulary, contentDir);
            List<ItemGroup> groups = new ArrayList<>();
            Map<String, Integer> headingLines = new HashMap<>();
            for (Outline.Group group : outline.groups()) {
                List<Item> items = new ArrayList<>();
                for (Outline.ItemText text : group.items()) {
                    Integer earlier = headingLines.putIfAbsent(text.number(), text.line());
                    if (earlier != null) {
                        diagnostics.error(file, text.line(), 1, "item " + text.number() + " has a second heading"
                                + " (the first is on line " + earlier + "); each item has one");
                        continue;
                    }
                    Fields fields = itemFields.get(text.number());
                    if (fields == null) {
                        if (!text.number().equals("?")) {
                            diagnostics.error(file, text.line(), 1, "item " + text.number()
                                    + " has a heading but is not in items; add it to the front matter:"
                                    + " '- {number: \"" + text.number() + "\", title: " + text.headingTitle() + "}'");
                        }
                        continue;
                    }
                    items.add(itemReader.read(fields, text));
                }
                groups.add(new ItemGroup(group.number(), group.title(), items));
            }
            itemFields.forEach((number, fields) -> {
                if (!headingLines.containsKey(number)) {
                    fields.error("number", "item " + number + " is in items but has no heading in the text;"
                            + " add '## " + number + ". " + fields.string("title").orElse("<title>") + "'");
                }
            });
            return groups;
        }

        private void checkFileName(String councilId, Optional<MeetingKind> kind, Optional<LocalDate> date) {
            String fileName = file.path().getFileName().toString();
            Matcher m = FILE_NAME.matcher(fileName);
            if (!m.matches()) {
                diagnostics.error(file, 0, 0, "a meeting file is named after its date, '<YYYY-MM-DD>.md' (or"
                        + " '<YYYY-MM-DD>.dagsorden.md' for the agenda beside the minutes), not '" + fileName + "'");
                return;
            }
            date.filter(d -> !d.toString().equals(m.group(1))).ifPresent(d -> f.error("date", "date " + d
                    + " does not match the file name " + fileName + "; rename the file or correct the date"));
            if (m.group(2) != null && kind.isPresent() && kind.get() != MeetingKind.AGENDA) {
                f.error("kind", "a '.dagsorden.md' file holds the agenda; write kind: dagsorden");
            }
            Path folder = file.path().getParent();
            String folderName = folder == null ? "" : folder.getFileName().toString();
            if (!councilId.isEmpty() && !folderName.equals(councilId)) {
                f.error("council", "council '" + councilId + "' does not match the folder meetings/" + folderName
                        + "/; move the file to meetings/" + councilId + "/ or correct the council");
            }
        }

        private void checkDecisions(Optional<MeetingKind> kind, List<ItemGroup> groups) {
            if (kind.orElse(null) != MeetingKind.AGENDA) {
                return;
            }
            for (ItemGroup group : groups) {
                for (Item item : group.items()) {
                    item.decision().ifPresent(decision -> diagnostics.warning(file, decision.line(), 1,
                            "an agenda (kind: dagsorden) has no decisions; is this file the minutes"
                                    + " (kind: referat)?"));
                }
            }
        }

    }

}
